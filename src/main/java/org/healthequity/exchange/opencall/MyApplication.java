package org.healthequity.exchange.opencall;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One of the applicant's applications, with its status; when revisions are requested, the committee's requests and
 * the resubmission deadline.
 */
public record MyApplication(long id, CallSummary call, ApplicationStatus status, Instant updatedAt,
        @Nullable Instant submittedAt, @Nullable String screeningReason, @Nullable String revisionRequests,
        @Nullable Instant revisionDueAt) {

    /** The deadline that matters now: the resubmission deadline while revisions are requested, else the call's. */
    public Instant deadline() {
        return status == ApplicationStatus.REVISIONS_REQUESTED && revisionDueAt != null ? revisionDueAt
                : call.closesAt();
    }
}
