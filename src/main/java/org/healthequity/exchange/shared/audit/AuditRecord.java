package org.healthequity.exchange.shared.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One line of the audit log, as read by the audit view. */
public record AuditRecord(long id, Instant occurredAt, String actor, String action, @Nullable String targetType,
        @Nullable String targetId, AuditOutcome outcome, @Nullable String details) {
}
