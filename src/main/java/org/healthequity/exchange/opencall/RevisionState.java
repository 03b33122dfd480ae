package org.healthequity.exchange.opencall;

import java.time.Instant;

import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An application's revision state: the committee's requests and resubmission deadline while revisions are asked for,
 * and the number of the submitted answers' version. It guards the requests and keeps the version before when the
 * revised answers are resubmitted.
 */
@Embeddable
class RevisionState {

    /** The committee's requests when it asks for revisions; the migration's column has the same length. */
    static final int REQUESTS_MAX = 4000;

    @Column(name = "revision_requests")
    private @Nullable String requests;

    @Column(name = "revision_due_at")
    private @Nullable Instant dueAt;

    /** The number of the submitted version: 1, then one more each time a revision is resubmitted. */
    @Column(name = "answers_version")
    private int answersVersion = 1;

    void request(String newRequests, Instant newDueAt, Instant now) {
        if (newRequests == null || newRequests.isBlank()) {
            throw new Refused("requests", "opencall.problem.requests-required");
        }
        if (newRequests.strip().length() > REQUESTS_MAX) {
            throw new Refused("requests", "opencall.problem.too-long", REQUESTS_MAX);
        }
        if (!newDueAt.isAfter(now)) {
            throw new Refused("deadline", "opencall.problem.revision-deadline-past");
        }
        requests = newRequests.strip();
        dueAt = newDueAt;
    }

    /** Whether the revised answers may still be changed and resubmitted. */
    boolean openAt(Instant now) {
        return dueAt != null && now.isBefore(dueAt);
    }

    /**
     * The version submitted before, to be kept, as the revised answers become the next version; refused after the
     * resubmission deadline.
     */
    ApplicationVersion next(long applicationId, Answers submitted, Instant submittedAt, Instant now) {
        if (!openAt(now)) {
            throw new Refused("", "opencall.problem.revision-deadline-passed");
        }
        ApplicationVersion previous = new ApplicationVersion(applicationId, answersVersion, submitted, submittedAt,
                requests);
        answersVersion++;
        return previous;
    }

    @Nullable String requests() {
        return requests;
    }

    @Nullable Instant dueAt() {
        return dueAt;
    }

    int answersVersion() {
        return answersVersion;
    }
}
