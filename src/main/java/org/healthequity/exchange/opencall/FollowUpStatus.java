package org.healthequity.exchange.opencall;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Where an accepted application's follow-up stands, for the secretariat (ADR 0034). */
public record FollowUpStatus(long applicationId, String institutionName, State state, @Nullable Instant dueAt,
        @Nullable Instant submittedAt) {

    public enum State {
        NOT_SENT, SENT, OVERDUE, SUBMITTED
    }
}
