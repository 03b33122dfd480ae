package org.healthequity.exchange.opencall;

import java.time.Instant;

import org.hibernate.annotations.ColumnTransformer;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An earlier submitted version of an application, kept when its applicant resubmits it after the committee asked for
 * revisions: the answers as they were submitted and what the committee asked of them. Written once, never edited.
 */
@Entity
@Table(name = "call_application_version")
class ApplicationVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long applicationId;

    private int number;

    @Convert(converter = JsonColumns.AnswersConverter.class)
    @ColumnTransformer(write = "?::jsonb")
    @Column(columnDefinition = "jsonb")
    private Answers answers;

    private Instant submittedAt;

    private @Nullable String revisionRequests;

    protected ApplicationVersion() {
    }

    ApplicationVersion(long applicationId, int number, Answers answers, Instant submittedAt,
            @Nullable String revisionRequests) {
        this.applicationId = applicationId;
        this.number = number;
        this.answers = answers;
        this.submittedAt = submittedAt;
        this.revisionRequests = revisionRequests;
    }

    long applicationId() {
        return applicationId;
    }

    int number() {
        return number;
    }

    Answers answers() {
        return answers;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    @Nullable String revisionRequests() {
        return revisionRequests;
    }
}
