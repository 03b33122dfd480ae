package org.healthequity.exchange.opencall;

import java.time.Instant;

import org.healthequity.exchange.shared.validation.Refused;
import org.hibernate.annotations.ColumnTransformer;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One reviewer's review of one application in one round (the number of the answers version reviewed); only that
 * reviewer writes it, and only while its round is the application's current one.
 */
@Entity
@Table(name = "call_review")
class CallReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long applicationId;

    private long reviewerId;

    private int round = 1;

    @Enumerated(EnumType.STRING)
    private ReviewStatus status = ReviewStatus.ASSIGNED;

    @Convert(converter = JsonColumns.ScoresConverter.class)
    @ColumnTransformer(write = "?::jsonb")
    @Column(columnDefinition = "jsonb")
    private Scores scores = Scores.none();

    private @Nullable String conflictReason;

    private @Nullable String overrideReason;

    private @Nullable Long assignedBy;

    private Instant assignedAt;

    private @Nullable Instant submittedAt;

    private @Nullable Instant remindedAt;

    @Version
    private long version;

    protected CallReview() {
    }

    CallReview(long applicationId, long reviewerId, @Nullable String overrideReason, @Nullable Long assignedBy,
            Instant now) {
        this(applicationId, 1, reviewerId, overrideReason, assignedBy, now);
    }

    CallReview(long applicationId, int round, long reviewerId, @Nullable String overrideReason,
            @Nullable Long assignedBy, Instant now) {
        this.applicationId = applicationId;
        this.round = round;
        this.reviewerId = reviewerId;
        this.overrideReason = overrideReason;
        this.assignedBy = assignedBy;
        this.assignedAt = now;
    }

    void saveScores(Scores newScores) {
        if (status != ReviewStatus.ASSIGNED) {
            throw new Refused("", "opencall.problem.review-closed");
        }
        this.scores = newScores;
    }

    void submit(Instant now) {
        if (status != ReviewStatus.ASSIGNED) {
            throw new Refused("", "opencall.problem.review-closed");
        }
        status = ReviewStatus.SUBMITTED;
        submittedAt = now;
    }

    void declareConflict(String reason, Instant now) {
        if (status == ReviewStatus.SUBMITTED) {
            throw new Refused("", "opencall.problem.review-closed");
        }
        if (reason.isBlank()) {
            throw new Refused("conflictReason", "opencall.problem.reason-required");
        }
        status = ReviewStatus.CONFLICT;
        conflictReason = reason.strip();
        submittedAt = now;
    }

    /** Refuses changes to a review of a round that is over: the application was revised and is reviewed again. */
    void requireRound(int currentRound) {
        if (round != currentRound) {
            throw new Refused("", "opencall.problem.review-round-over", round, currentRound);
        }
    }

    void reminded(Instant now) {
        remindedAt = now;
    }

    Long id() {
        return id;
    }

    long applicationId() {
        return applicationId;
    }

    long reviewerId() {
        return reviewerId;
    }

    int round() {
        return round;
    }

    ReviewStatus status() {
        return status;
    }

    Scores scores() {
        return scores;
    }

    @Nullable String conflictReason() {
        return conflictReason;
    }

    @Nullable String overrideReason() {
        return overrideReason;
    }

    Instant assignedAt() {
        return assignedAt;
    }

    @Nullable Instant submittedAt() {
        return submittedAt;
    }

    @Nullable Instant remindedAt() {
        return remindedAt;
    }

    long version() {
        return version;
    }
}
