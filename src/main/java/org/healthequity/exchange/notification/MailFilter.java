package org.healthequity.exchange.notification;

import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What the administrators look for in the outgoing mail: a status, part of the recipient's address, part of the
 * subject (both ignoring case) and a period of writing, from inclusive to exclusive. Every part is optional.
 */
public record MailFilter(@Nullable MailStatus status, @Nullable String recipient, @Nullable String subject,
        @Nullable Instant from, @Nullable Instant to) {

    /** The longest search text kept; the columns searched are no longer. */
    public static final int SEARCH_MAX = Math.max(OutgoingMail.RECIPIENT_MAX, OutgoingMail.SUBJECT_MAX);

    public MailFilter {
        recipient = normalised(recipient);
        subject = normalised(subject);
    }

    /** Every message. */
    public static MailFilter all() {
        return new MailFilter(null, null, null, null, null);
    }

    /** Only messages in {@code newStatus}, or in any when null. */
    public MailFilter withStatus(@Nullable MailStatus newStatus) {
        return new MailFilter(newStatus, recipient, subject, from, to);
    }

    private static @Nullable String normalised(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip().toLowerCase(Locale.ROOT);
        return stripped.length() > SEARCH_MAX ? stripped.substring(0, SEARCH_MAX) : stripped;
    }
}
