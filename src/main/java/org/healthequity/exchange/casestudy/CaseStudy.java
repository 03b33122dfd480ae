package org.healthequity.exchange.casestudy;

import java.time.Instant;
import java.util.Objects;

import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A case study across all its versions: which one is live and which one is being worked on. The workflow's rules are
 * here; each refused transition says so with {@code case-study.transition-not-allowed}.
 */
@Entity
@Table(name = "case_study")
class CaseStudy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String network;
    private String language;

    private @Nullable Long translationOf;

    private @Nullable Long ownerId;

    @Enumerated(EnumType.STRING)
    private CaseStudyStatus status;

    private @Nullable Long publishedRevisionId;

    private @Nullable Long workingRevisionId;

    private @Nullable Instant firstPublishedAt;

    private @Nullable Instant publishedAt;

    private @Nullable Instant retractedAt;

    private Instant createdAt;

    private @Nullable String doi;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected CaseStudy() {
    }

    CaseStudy(String network, String language, @Nullable Long translationOf, long ownerId, Instant now) {
        this.network = network;
        this.language = language;
        this.translationOf = translationOf;
        this.ownerId = ownerId;
        this.status = CaseStudyStatus.DRAFT;
        this.createdAt = now;
    }

    /** A new working revision was started (the first draft, or a revision of a published or retracted one). */
    void startWorking(long revisionId) {
        if (workingRevisionId != null || status == CaseStudyStatus.REJECTED) {
            throw notAllowed();
        }
        workingRevisionId = revisionId;
    }

    void submitted() {
        requireWorking();
        if (neverPublished()) {
            status = CaseStudyStatus.SUBMITTED;
        }
    }

    void withdrawn() {
        requireWorking();
        if (neverPublished()) {
            status = CaseStudyStatus.DRAFT;
        }
    }

    void returned() {
        requireWorking();
        if (neverPublished()) {
            status = CaseStudyStatus.RETURNED;
        }
    }

    /** The secretariat approved the working revision, which now waits for national clearance (ADR 0032). */
    void awaitingClearance() {
        requireWorking();
        if (neverPublished()) {
            status = CaseStudyStatus.AWAITING_CLEARANCE;
        }
    }

    /** The working revision was refused for good: a case study never published is closed, a live one stays live. */
    void rejected() {
        requireWorking();
        workingRevisionId = null;
        if (neverPublished()) {
            status = CaseStudyStatus.REJECTED;
        }
    }

    /** The working revision goes live; returns the revision it replaces, if any. */
    @Nullable
    Long published(String network, String language, Instant now) {
        requireWorking();
        Long previous = publishedRevisionId;
        publishedRevisionId = workingRevisionId;
        workingRevisionId = null;
        status = CaseStudyStatus.PUBLISHED;
        this.network = network;
        this.language = language;
        if (firstPublishedAt == null) {
            firstPublishedAt = now;
        }
        publishedAt = now;
        return previous;
    }

    void retracted(Instant now) {
        if (status != CaseStudyStatus.PUBLISHED) {
            throw notAllowed();
        }
        status = CaseStudyStatus.RETRACTED;
        retractedAt = now;
    }

    /** The secretariat's DOI for this case study (normalised by {@link Doi}), or none. */
    void identifyBy(@Nullable String normalisedDoi) {
        this.doi = normalisedDoi;
    }

    /** While never published, the case study's network and language follow its draft. */
    void followDraft(String network, String language) {
        if (neverPublished()) {
            this.network = network;
            this.language = language;
        }
    }

    boolean neverPublished() {
        return publishedRevisionId == null;
    }

    private void requireWorking() {
        if (workingRevisionId == null) {
            throw notAllowed();
        }
    }

    static Refused notAllowed() {
        return new Refused("", "case-study.transition-not-allowed");
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    CaseStudyStatus status() {
        return status;
    }

    @Nullable
    Long workingRevisionId() {
        return workingRevisionId;
    }

    @Nullable
    Long publishedRevisionId() {
        return publishedRevisionId;
    }

    @Nullable
    Long translationOf() {
        return translationOf;
    }

    String network() {
        return network;
    }

    String language() {
        return language;
    }

    long version() {
        return version;
    }
}
