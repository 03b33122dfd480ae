package org.healthequity.exchange.opencall;

import java.time.Instant;
import java.util.List;

import org.healthequity.exchange.member.InstitutionType;
import org.jspecify.annotations.Nullable;

/**
 * A submitted application in the secretariat's table: who applied, screening, reviewers, the weighted total (0–100,
 * the mean of the submitted reviews) and its rank among the scored applications.
 */
public record ApplicationRow(long id, String applicantName, String institutionName, InstitutionType institutionType,
        String country, String region, ApplicationStatus status, @Nullable String screening,
        @Nullable String screeningReason, @Nullable Instant submittedAt, List<ReviewerSlot> reviewers,
        @Nullable Double weightedTotal, int submittedReviews, int rank) {

    public ApplicationRow {
        reviewers = List.copyOf(reviewers);
    }
}
