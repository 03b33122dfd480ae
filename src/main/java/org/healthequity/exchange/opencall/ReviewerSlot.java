package org.healthequity.exchange.opencall;

import org.jspecify.annotations.Nullable;

/** A reviewer assigned to an application, as the secretariat sees the assignment. */
public record ReviewerSlot(long reviewId, long reviewerId, String reviewerName, ReviewStatus status,
        @Nullable String conflictReason, @Nullable String overrideReason, boolean late) {
}
