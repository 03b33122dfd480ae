package org.healthequity.exchange.newsletter;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.healthequity.exchange.member.Network;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The signed part of an unsubscribe link: {@code <account id>.<network>.<HMAC-SHA256 of both>} (ADR 0027). It names
 * one person and one network, works without signing in and never expires (a newsletter read a year later still
 * unsubscribes); changing any character makes the signature fail. The key is {@code exchange.newsletter.secret}, or a
 * key made once and kept in the database, so that every node and every restart signs alike.
 */
@Component
class UnsubscribeTokens {

    /** What a valid token names. */
    record Holder(long accountId, Network network) {
    }

    private static final Pattern TOKEN = Pattern.compile("([0-9]{1,18})\\.([A-Z]{2,10})\\.([A-Za-z0-9_-]{43})");

    private final NewsletterSettings settings;
    private final JdbcTemplate jdbc;
    private volatile byte @Nullable [] key;

    UnsubscribeTokens(NewsletterSettings settings, JdbcTemplate jdbc) {
        this.settings = settings;
        this.jdbc = jdbc;
    }

    String token(long accountId, Network network) {
        String payload = accountId + "." + network.name();
        return payload + "." + signature(payload);
    }

    /** The person and network a token names; empty for anything not signed with the portal's key. */
    Optional<Holder> verify(@Nullable String token) {
        if (token == null) {
            return Optional.empty();
        }
        Matcher parts = TOKEN.matcher(token.strip());
        if (!parts.matches()) {
            return Optional.empty();
        }
        String payload = parts.group(1) + "." + parts.group(2);
        boolean signed = MessageDigest.isEqual(signature(payload).getBytes(StandardCharsets.US_ASCII),
                parts.group(3).getBytes(StandardCharsets.US_ASCII));
        if (!signed) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Holder(Long.parseLong(parts.group(1)), Network.valueOf(parts.group(2))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String signature(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            String configured = settings.secret();
            String secret = configured != null && !configured.isBlank() ? configured : storedSecret();
            known = secret.getBytes(StandardCharsets.UTF_8);
            key = known;
        }
        return known;
    }

    /** The key kept in the database, made by whichever node needs it first. */
    private String storedSecret() {
        byte[] random = new byte[48];
        new SecureRandom().nextBytes(random);
        jdbc.update("insert into newsletter_secret (id, secret) values (1, ?) on conflict (id) do nothing",
                Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        return jdbc.queryForObject("select secret from newsletter_secret where id = 1", String.class);
    }
}
