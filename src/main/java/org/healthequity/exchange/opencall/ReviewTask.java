package org.healthequity.exchange.opencall;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One of the reviewer's assignments, in its review round (current, or over since the application was revised). */
public record ReviewTask(long reviewId, long applicationId, CallSummary call, String institutionName, String country,
        ReviewStatus status, Instant assignedAt, @Nullable Instant submittedAt, int round, boolean currentRound) {
}
