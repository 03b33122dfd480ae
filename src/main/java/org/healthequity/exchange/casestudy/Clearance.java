package org.healthequity.exchange.casestudy;

import java.time.Instant;
import java.util.Objects;

import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One Member State's national clearance of an approved revision (ADR 0032). Its focal points decide it once; the
 * version makes the second of two focal points acting at once lose visibly instead of overwriting the first.
 */
@Entity
@Table(name = "case_study_clearance")
class Clearance {

    /** The longest comment of a request for changes (the column's length). */
    static final int COMMENT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long caseStudyId;

    private long revisionId;

    private String country;

    @Enumerated(EnumType.STRING)
    private ClearanceStatus status;

    private Instant requestedAt;

    private @Nullable Long decidedBy;

    private @Nullable Instant decidedAt;

    private @Nullable String comment;

    private @Nullable Instant alertedAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Clearance() {
    }

    Clearance(long caseStudyId, long revisionId, String country, Instant now) {
        this.caseStudyId = caseStudyId;
        this.revisionId = revisionId;
        this.country = country;
        this.status = ClearanceStatus.PENDING;
        this.requestedAt = now;
    }

    void clear(long by, Instant now) {
        decide(ClearanceStatus.CLEARED, by, null, now);
    }

    void requestChanges(long by, String comment, Instant now) {
        decide(ClearanceStatus.CHANGES_REQUESTED, by, comment, now);
    }

    /** Another country sent the revision back: this clearance is no longer asked for. */
    void withdraw() {
        if (status == ClearanceStatus.PENDING) {
            status = ClearanceStatus.WITHDRAWN;
        }
    }

    /** Marks the secretariat alerted of a clearance that waits too long; false when it already was (or is decided). */
    boolean alert(Instant now) {
        if (status != ClearanceStatus.PENDING || alertedAt != null) {
            return false;
        }
        alertedAt = now;
        return true;
    }

    private void decide(ClearanceStatus decision, long by, @Nullable String text, Instant now) {
        if (status != ClearanceStatus.PENDING) {
            throw new Refused("clearance.not-pending");
        }
        status = decision;
        decidedBy = by;
        decidedAt = now;
        comment = text;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    long caseStudyId() {
        return caseStudyId;
    }

    long revisionId() {
        return revisionId;
    }

    String country() {
        return country;
    }

    ClearanceStatus status() {
        return status;
    }

    long version() {
        return version;
    }
}
