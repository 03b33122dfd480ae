package org.healthequity.exchange.casestudy;

import java.time.Instant;
import java.util.Objects;

import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A request for a published case study in another of the six languages (ADR 0032): OPEN until a member who declared
 * the language takes it (one taker; the version makes the second of two takers lose visibly), PUBLISHED once a
 * translation into the language is published.
 */
@Entity
@Table(name = "translation_request")
class TranslationRequest {

    static final String OPEN = "OPEN";
    static final String TAKEN = "TAKEN";
    static final String PUBLISHED = "PUBLISHED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long caseStudyId;

    private String language;

    private String status;

    private long requestedBy;

    private Instant requestedAt;

    private @Nullable Long takenBy;

    private @Nullable Instant takenAt;

    private @Nullable Long translationId;

    private @Nullable Instant publishedAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected TranslationRequest() {
    }

    TranslationRequest(long caseStudyId, String language, long requestedBy, Instant now) {
        this.caseStudyId = caseStudyId;
        this.language = language;
        this.status = OPEN;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    void take(long by, Instant now) {
        if (!OPEN.equals(status)) {
            throw new Refused("translation-request.already-taken");
        }
        status = TAKEN;
        takenBy = by;
        takenAt = now;
    }

    void published(long translation, Instant now) {
        status = PUBLISHED;
        translationId = translation;
        publishedAt = now;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    long caseStudyId() {
        return caseStudyId;
    }

    String language() {
        return language;
    }

    long version() {
        return version;
    }
}
