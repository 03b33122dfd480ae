package org.healthequity.exchange.opencall;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The committee chair's meta-review of an application's round: a text and a recommendation. */
@Entity
@Table(name = "call_meta_review")
class MetaReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long applicationId;

    private int round;

    private long chairId;

    private String text;

    @Enumerated(EnumType.STRING)
    private Decision recommendation;

    private Instant writtenAt;

    @Version
    private long version;

    protected MetaReview() {
    }

    MetaReview(long applicationId, int round, long chairId, String text, Decision recommendation, Instant now) {
        this.applicationId = applicationId;
        this.round = round;
        rewrite(chairId, text, recommendation, now);
    }

    void rewrite(long by, String newText, Decision newRecommendation, Instant now) {
        this.chairId = by;
        this.text = newText;
        this.recommendation = newRecommendation;
        this.writtenAt = now;
    }

    long applicationId() {
        return applicationId;
    }

    int round() {
        return round;
    }

    long chairId() {
        return chairId;
    }

    String text() {
        return text;
    }

    Decision recommendation() {
        return recommendation;
    }

    Instant writtenAt() {
        return writtenAt;
    }

    long version() {
        return version;
    }
}
