package org.healthequity.exchange.opencall;

import java.time.Instant;
import java.util.List;

import org.healthequity.exchange.member.InstitutionType;
import org.healthequity.exchange.shared.validation.Refused;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One applicant's application to one call: the answers being edited and the copy last submitted. */
@Entity
@Table(name = "call_application")
class CallApplication {

    static final int REASON_MAX = 1000;
    static final int INSTITUTION_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long callId;

    private long applicantId;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status = ApplicationStatus.DRAFT;

    private String institutionName;

    @Enumerated(EnumType.STRING)
    private InstitutionType institutionType;

    private String country;
    private String region;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] declarations = new String[0];

    @Convert(converter = JsonColumns.AnswersConverter.class)
    @ColumnTransformer(write = "?::jsonb")
    @Column(columnDefinition = "jsonb")
    private Answers answers = Answers.none();

    @Convert(converter = JsonColumns.AnswersConverter.class)
    @ColumnTransformer(write = "?::jsonb")
    @Column(columnDefinition = "jsonb")
    private @Nullable Answers submittedAnswers;

    private @Nullable String screening;

    private @Nullable String screeningReason;

    private @Nullable String decisionNote;

    private Instant createdAt;

    private Instant updatedAt;

    private @Nullable Instant submittedAt;

    private @Nullable Instant withdrawnAt;

    private @Nullable Instant decidedAt;

    private @Nullable Long decidedBy;

    @Embedded
    private RevisionState revision = new RevisionState();

    @Version
    private long version;

    protected CallApplication() {
    }

    CallApplication(long callId, long applicantId, EligibilityAnswers eligibility, String region, Instant now) {
        this.callId = callId;
        this.applicantId = applicantId;
        this.createdAt = now;
        describe(eligibility, region, now);
    }

    void describe(EligibilityAnswers eligibility, String region, Instant now) {
        this.institutionName = eligibility.institutionName().strip();
        this.institutionType = eligibility.institutionType();
        this.country = eligibility.country();
        this.region = region;
        this.declarations = eligibility.declarations().toArray(String[]::new);
        this.updatedAt = now;
    }

    void saveAnswers(Answers newAnswers, Instant now) {
        requireEditable();
        this.answers = newAnswers;
        this.updatedAt = now;
    }

    void requireEditable() {
        if (status != ApplicationStatus.DRAFT && status != ApplicationStatus.SUBMITTED
                && status != ApplicationStatus.REVISIONS_REQUESTED) {
            throw new Refused("", "opencall.problem.not-editable", status.name());
        }
    }

    /** Whether the applicant may still change and submit: the call's deadline, or the resubmission deadline. */
    boolean acceptsChangesAt(OpenCall call, Instant now) {
        if (status == ApplicationStatus.REVISIONS_REQUESTED) {
            return revision.openAt(now);
        }
        return call.acceptsSubmissionsAt(now);
    }

    /**
     * Resubmits the revised answers before the resubmission deadline: the version submitted before is returned, to be
     * kept, and the answers become the next version, submitted again for review.
     */
    ApplicationVersion resubmit(Instant now) {
        if (status != ApplicationStatus.REVISIONS_REQUESTED || submittedAnswers == null || submittedAt == null) {
            throw new Refused("", "opencall.problem.not-editable", status.name());
        }
        ApplicationVersion previous = revision.next(id, submittedAnswers, submittedAt, now);
        status = ApplicationStatus.SUBMITTED;
        submittedAnswers = answers;
        submittedAt = now;
        updatedAt = now;
        return previous;
    }

    /** Returns false when the same answers were already submitted: submitting twice makes one submission. */
    boolean submit(Instant now) {
        requireEditable();
        if (status == ApplicationStatus.REVISIONS_REQUESTED) {
            throw new Refused("", "opencall.problem.not-editable", status.name());
        }
        if (status == ApplicationStatus.SUBMITTED && answers.equals(submittedAnswers)) {
            return false;
        }
        status = ApplicationStatus.SUBMITTED;
        submittedAnswers = answers;
        submittedAt = now;
        updatedAt = now;
        return true;
    }

    void withdraw(Instant now) {
        if (status != ApplicationStatus.DRAFT && status != ApplicationStatus.SUBMITTED) {
            throw new Refused("", "opencall.problem.not-editable", status.name());
        }
        status = ApplicationStatus.WITHDRAWN;
        withdrawnAt = now;
        updatedAt = now;
    }

    /** A withdrawn application may be taken up again before the deadline, as a draft. */
    void reopen(Instant now) {
        if (status != ApplicationStatus.WITHDRAWN) {
            throw new Refused("", "opencall.problem.not-editable", status.name());
        }
        status = ApplicationStatus.DRAFT;
        withdrawnAt = null;
        updatedAt = now;
    }

    void screen(boolean eligible, @Nullable String reason, Instant now) {
        if (status != ApplicationStatus.SUBMITTED && status != ApplicationStatus.INELIGIBLE) {
            throw new Refused("", "opencall.problem.not-submitted");
        }
        if (!eligible && (reason == null || reason.isBlank())) {
            throw new Refused("reason", "opencall.problem.reason-required");
        }
        screening = eligible ? "ELIGIBLE" : "INELIGIBLE";
        screeningReason = reason == null || reason.isBlank() ? null : reason.strip();
        status = eligible ? ApplicationStatus.SUBMITTED : ApplicationStatus.INELIGIBLE;
        updatedAt = now;
    }

    void decide(Decision decision, @Nullable String note, long by, Instant now) {
        if (status != ApplicationStatus.SUBMITTED && !status.isDecided()) {
            throw new Refused("", "opencall.problem.not-submitted");
        }
        if (decision == Decision.REVISE) {
            throw new Refused("", "opencall.problem.revise-needs-requests");
        }
        if (status == ApplicationStatus.ACCEPTED && decision != Decision.ACCEPT) {
            throw new Refused("", "opencall.problem.already-accepted");
        }
        status = decision.status();
        decisionNote = note == null || note.isBlank() ? null : note.strip();
        decidedAt = now;
        decidedBy = by;
        updatedAt = now;
    }

    /**
     * Sends the submitted (or waitlisted) application back to its applicant with the committee's requests, to be
     * revised and resubmitted before {@code dueAt}.
     */
    void requestRevisions(String requests, Instant dueAt, long by, Instant now) {
        if (status != ApplicationStatus.SUBMITTED && status != ApplicationStatus.WAITLISTED) {
            throw new Refused("", "opencall.problem.not-revisable", status.name());
        }
        revision.request(requests, dueAt, now);
        status = ApplicationStatus.REVISIONS_REQUESTED;
        decisionNote = null;
        decidedAt = now;
        decidedBy = by;
        updatedAt = now;
    }

    Long id() {
        return id;
    }

    long callId() {
        return callId;
    }

    long applicantId() {
        return applicantId;
    }

    ApplicationStatus status() {
        return status;
    }

    String institutionName() {
        return institutionName;
    }

    InstitutionType institutionType() {
        return institutionType;
    }

    String country() {
        return country;
    }

    String region() {
        return region;
    }

    List<String> declarations() {
        return List.of(declarations);
    }

    Answers answers() {
        return answers;
    }

    @Nullable Answers submittedAnswers() {
        return submittedAnswers;
    }

    @Nullable String screening() {
        return screening;
    }

    @Nullable String screeningReason() {
        return screeningReason;
    }

    @Nullable String decisionNote() {
        return decisionNote;
    }

    @Nullable String revisionRequests() {
        return revision.requests();
    }

    @Nullable Instant revisionDueAt() {
        return revision.dueAt();
    }

    int answersVersion() {
        return revision.answersVersion();
    }

    Instant updatedAt() {
        return updatedAt;
    }

    @Nullable Instant submittedAt() {
        return submittedAt;
    }

    @Nullable Instant decidedAt() {
        return decidedAt;
    }

    long version() {
        return version;
    }
}
