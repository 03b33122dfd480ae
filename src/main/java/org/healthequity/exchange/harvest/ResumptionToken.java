package org.healthequity.exchange.harvest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

import org.healthequity.exchange.casestudy.HarvestCursor;
import org.jspecify.annotations.Nullable;

/**
 * The state of a paged list, carried by the harvester instead of kept by the portal (stateless, so any node answers
 * the next request): the original arguments, where the last page ended (datestamp, id), how many records came before
 * and the list's size when it began, and when the token expires. Encoded as base64url with a checksum, so a changed or
 * damaged token is refused. The checksum is not a secret signature: a forged token could only ask for public records
 * a harvester may ask for with plain arguments anyway (ADR 0020).
 */
record ResumptionToken(String verb, String metadataPrefix, @Nullable String set, @Nullable Instant from,
        @Nullable Instant before, HarvestCursor after, long cursor, long completeListSize, Instant expires) {

    private static final String VERSION = "1";
    private static final int CHECKSUM_BYTES = 12;

    String encode() {
        String payload = String.join("|", VERSION, verb, metadataPrefix, set == null ? "" : set,
                from == null ? "" : from.toString(), before == null ? "" : before.toString(),
                after.datestamp().toString(), Long.toString(after.id()), Long.toString(cursor),
                Long.toString(completeListSize), Long.toString(expires.getEpochSecond()));
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(bytes) + "." + base64.encodeToString(checksum(bytes));
    }

    /** The token, if it is one this repository issued for this verb and it has not expired. */
    static ResumptionToken decode(String token, String verb, Instant now) {
        try {
            int dot = token.indexOf('.');
            if (dot < 0) {
                throw invalid();
            }
            byte[] payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
            byte[] checksum = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(checksum, checksum(payload))) {
                throw invalid();
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 11 || !VERSION.equals(parts[0]) || !verb.equals(parts[1])) {
                throw invalid();
            }
            ResumptionToken decoded = new ResumptionToken(parts[1], parts[2], parts[3].isEmpty() ? null : parts[3],
                    parts[4].isEmpty() ? null : Instant.parse(parts[4]),
                    parts[5].isEmpty() ? null : Instant.parse(parts[5]),
                    new HarvestCursor(Instant.parse(parts[6]), Long.parseLong(parts[7])), Long.parseLong(parts[8]),
                    Long.parseLong(parts[9]), Instant.ofEpochSecond(Long.parseLong(parts[10])));
            if (!now.isBefore(decoded.expires())) {
                throw new OaiError("badResumptionToken", "The resumption token has expired; start the list again.");
            }
            return decoded;
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw invalid();
        }
    }

    private static OaiError invalid() {
        return new OaiError("badResumptionToken", "The resumption token is not one this repository issued.");
    }

    private static byte[] checksum(byte[] payload) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("health-equity-exchange/oai-pmh/resumption".getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest.digest(payload), CHECKSUM_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
