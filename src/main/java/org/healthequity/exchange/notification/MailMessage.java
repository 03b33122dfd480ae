package org.healthequity.exchange.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A message of the outbox as the administrators' view shows it. */
public record MailMessage(long id, String recipient, String language, String template, String subject,
        String textBody, MailStatus status, int attempts, @Nullable String lastError, Instant createdAt,
        @Nullable Instant sentAt) {
}
