package org.healthequity.exchange.casestudy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Digital Object Identifier as the portal stores it: {@code 10.<registrant>/<suffix>}, without a resolver prefix,
 * in lower case (DOI names are case-insensitive, so one spelling keeps them comparable). The rule is stated once here
 * and in the migration's check constraint.
 */
public final class Doi {

    /** The form of a normalised DOI: the directory code 10, a registrant code of 4 to 9 digits, a suffix. */
    public static final Pattern PATTERN = Pattern.compile("10\\.[0-9]{4,9}/\\S+");

    private static final Pattern PREFIX = Pattern.compile("^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)",
            Pattern.CASE_INSENSITIVE);

    private Doi() {
    }

    /**
     * What a person typed as a DOI, normalised; empty when it is no DOI. Accepts the bare name, {@code doi:10...} and
     * the resolver addresses {@code https://doi.org/10...}.
     */
    public static Optional<String> normalise(String typed) {
        String doi = PREFIX.matcher(typed.strip()).replaceFirst("").toLowerCase(Locale.ROOT);
        if (doi.length() > CaseStudyLimits.DOI || !PATTERN.matcher(doi).matches()
                || doi.chars().anyMatch(c -> Character.isISOControl(c) || "\"<>{}\\".indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(doi);
    }

    /** The resolver address of a normalised DOI, percent-encoding what an address may not hold as it is. */
    public static String url(String doi) {
        StringBuilder url = new StringBuilder("https://doi.org/");
        for (byte b : doi.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/:;()[]!$'*+,=@".indexOf(c) >= 0)) {
                url.append((char) c);
            } else {
                url.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return url.toString();
    }
}
