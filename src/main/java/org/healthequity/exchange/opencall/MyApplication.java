package org.healthequity.exchange.opencall;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One of the applicant's applications, with its status. */
public record MyApplication(long id, CallSummary call, ApplicationStatus status, Instant updatedAt,
        @Nullable Instant submittedAt, @Nullable String screeningReason) {
}
