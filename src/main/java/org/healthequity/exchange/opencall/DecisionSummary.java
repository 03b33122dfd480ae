package org.healthequity.exchange.opencall;

import java.time.Instant;
import java.util.List;

import org.healthequity.exchange.opencall.CallDefinition.Criterion;
import org.jspecify.annotations.Nullable;

/**
 * One application on one page before deciding: the current round's weighted total and its spread (the lowest and the
 * highest reviewer's total), each criterion's scores and comments by reviewer, and the chair's meta-review.
 */
public record DecisionSummary(long applicationId, String institutionName, String country, String callTitle,
        ApplicationStatus status, int round, @Nullable Double weightedTotal, @Nullable Double lowestTotal,
        @Nullable Double highestTotal, int reviews, boolean reviewsComplete, List<CriterionRow> criteria,
        @Nullable MetaReviewText metaReview, boolean chair) {

    /** A rubric criterion with its mean and spread and each reviewer's mark. */
    public record CriterionRow(Criterion criterion, RankedApplication.@Nullable CriterionStats stats,
            List<Mark> marks) {
    }

    public record Mark(String reviewerName, int value, String comment) {
    }

    public record MetaReviewText(String chairName, String text, Decision recommendation, Instant writtenAt,
            long version) {
    }
}
