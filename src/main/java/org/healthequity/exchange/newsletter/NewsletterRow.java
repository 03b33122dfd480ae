package org.healthequity.exchange.newsletter;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A line of the secretariat's list: the English subject, the state, when it goes or went out and to how many. */
public record NewsletterRow(long id, String subject, NewsletterStatus status, @Nullable Instant scheduledAt,
        @Nullable Instant sentAt, int recipients, Instant updatedAt) {
}
