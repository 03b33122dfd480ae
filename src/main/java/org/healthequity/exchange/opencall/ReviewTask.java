package org.healthequity.exchange.opencall;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One of the reviewer's assignments. */
public record ReviewTask(long reviewId, long applicationId, CallSummary call, String institutionName, String country,
        ReviewStatus status, Instant assignedAt, @Nullable Instant submittedAt) {
}
