package org.healthequity.exchange.opencall;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.shared.validation.Refused.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Applying: the eligibility check, drafts saved as the applicant types, files, submission before the deadline (checked
 * here against the call's closing instant, whatever the form showed), withdrawal; when the committee asked for
 * revisions, the revised version resubmitted before its own deadline (the version before is kept). Only the applicant
 * reads or changes their application.
 */
@Service
@Validated
public class ApplicationSubmission {

    private final CallApplicationRepository applications;
    private final ApplicationRevisions revisions;
    private final CallRecords records;
    private final ApplicationFiles files;
    private final Countries countries;
    private final CallMails mails;
    private final AuditLog audit;
    private final Clock clock;

    ApplicationSubmission(CallApplicationRepository applications, ApplicationRevisions revisions,
            CallRecords records, ApplicationFiles files, Countries countries, CallMails mails, AuditLog audit,
            Clock clock) {
        this.applications = applications;
        this.revisions = revisions;
        this.records = records;
        this.files = files;
        this.countries = countries;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks eligibility without storing anything; the result names every criterion that failed. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EligibilityResult checkEligibility(long callId, @Valid EligibilityAnswers answers) {
        OpenCall call = publicCall(callId);
        return Eligibility.check(call.definition().eligibility(), answers, region(answers.country()));
    }

    /**
     * Starts (or takes up again) the caller's application to an open call after the eligibility check; one
     * application per person and call, so starting twice returns the same one.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public SavedApplication start(long callId, @Valid EligibilityAnswers answers) {
        ExchangeUser me = CurrentUser.require();
        OpenCall call = publicCall(callId);
        requireOpen(call);
        String region = region(answers.country());
        EligibilityResult result = Eligibility.check(call.definition().eligibility(), answers, region);
        if (!result.eligible()) {
            throw new Refused(result.failures());
        }
        Instant now = clock.instant();
        CallApplication application = applications.findByCallIdAndApplicantId(callId, me.accountId())
                .orElse(null);
        if (application == null) {
            application = applications.saveAndFlush(new CallApplication(callId, me.accountId(), answers, region, now));
            audit.record("application.start", "call_application", application.id(), AuditOutcome.SUCCESS,
                    "call " + callId);
        } else {
            if (application.status() == ApplicationStatus.WITHDRAWN) {
                application.reopen(now);
            }
            application.requireEditable();
            application.describe(answers, region, now);
            applications.flush();
        }
        return new SavedApplication(application.id(), application.version(), now);
    }

    /** The caller's application to a call, if they started one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Long> myApplicationTo(long callId) {
        return applications.findByCallIdAndApplicantId(callId, CurrentUser.require().accountId())
                .map(CallApplication::id);
    }

    /** The caller's own application as they edit it; anyone else's is refused. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ApplicationSheet sheet(long applicationId) {
        CallApplication application = mine(applicationId);
        OpenCall call = records.call(application.callId());
        return sheet(application, call);
    }

    /**
     * Saves the answers being edited (the editor calls it a moment after typing pauses). Word limits and required
     * questions are checked on submission, so a draft keeps everything typed; only answers that could never be
     * submitted (unknown questions or options, texts beyond the hard length) are refused.
     *
     * @throws ChangedMeanwhile when the application was saved elsewhere since {@code loadedVersion}
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public SavedApplication saveDraft(long applicationId, long loadedVersion, @NotNull Answers answers) {
        CallApplication application = mine(applicationId);
        OpenCall call = records.call(application.callId());
        requireOpen(application, call);
        if (application.version() != loadedVersion) {
            throw new ChangedMeanwhile();
        }
        List<FieldProblem> problems = CallChecks.answers(call.definition(), answers, Set.of(), false).stream()
                .filter(p -> !p.messageKey().equals("opencall.problem.words")).toList();
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        application.saveAnswers(answers, clock.instant());
        return flushed(application);
    }

    /**
     * Submits the answers: refused after the call's closing instant (a form opened before the deadline and sent after
     * it is refused; the draft stays readable), refused with every incomplete field named. Submitting the same answers
     * twice makes one submission and one confirmation mail; a changed application submitted again before the deadline
     * replaces the submitted copy. While the committee asks for revisions, the deadline is the resubmission deadline and
     * submitting keeps the version submitted before and makes the revised answers the next version. Concurrent submits
     * of one application run one after the other.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public SubmitOutcome submit(long applicationId, long loadedVersion, @NotNull Answers answers) {
        ExchangeUser me = CurrentUser.require();
        CallApplication application = applications.lockById(applicationId)
                .filter(a -> a.applicantId() == me.accountId()).orElseThrow(() -> denied(applicationId));
        OpenCall call = records.call(application.callId());
        Instant now = clock.instant();
        boolean revising = application.status() == ApplicationStatus.REVISIONS_REQUESTED;
        if (!application.acceptsChangesAt(call, now)) {
            audit.recordIndependently(me.getUsername(), "application.submit", "call_application", applicationId,
                    AuditOutcome.FAILURE, "deadline passed");
            throw new Refused("", revising ? "opencall.problem.revision-deadline-passed"
                    : "opencall.problem.deadline-passed");
        }
        if (application.version() != loadedVersion) {
            boolean alreadyDone = application.status() == ApplicationStatus.SUBMITTED
                    && answers.equals(application.submittedAnswers());
            if (alreadyDone) {
                return new SubmitOutcome(false, application.version(), application.submittedAt());
            }
            throw new ChangedMeanwhile();
        }
        List<ApplicationFileInfo> files = records.files(applicationId);
        Set<String> answeredFiles = files.stream().map(ApplicationFileInfo::question).collect(Collectors.toSet());
        List<FieldProblem> problems = CallChecks.answers(call.definition(), answers, answeredFiles, true);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        application.saveAnswers(answers, now);
        if (revising) {
            revisions.resubmit(application, now);
        }
        boolean submitted = revising || application.submit(now);
        SavedApplication saved = flushed(application);
        if (submitted) {
            mails.submitted(me, application, call, files);
            audit.record("application.submit", "call_application", applicationId, AuditOutcome.SUCCESS,
                    "call " + call.id());
        }
        return new SubmitOutcome(submitted, saved.version(), application.submittedAt());
    }

    /** Whether a submission was made (false: the same answers were already submitted) and the version now. */
    public record SubmitOutcome(boolean submitted, long version, @Nullable Instant submittedAt) {
    }

    /** Withdraws the caller's application before the deadline; it may be taken up again until then. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void withdraw(long applicationId) {
        CallApplication application = mine(applicationId);
        requireOpen(records.call(application.callId()));
        application.withdraw(clock.instant());
        audit.record("application.withdraw", "call_application", applicationId, AuditOutcome.SUCCESS, null);
    }

    /** Adds a file to a FILE question, checked by content against the call's rules; the refusal says why. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ApplicationFileInfo addFile(long applicationId, String question, String fileName, byte[] content) {
        CallApplication application = mine(applicationId);
        OpenCall call = records.call(application.callId());
        requireOpen(application, call);
        application.requireEditable();
        boolean fileQuestion = call.definition().questions().stream()
                .anyMatch(q -> q.key().equals(question) && q.kind() == QuestionKind.FILE);
        if (!fileQuestion) {
            throw new Refused(question, "opencall.problem.unknown-question");
        }
        ApplicationFileInfo info = files.add(applicationId, question, fileName, content,
                call.definition().attachments(), clock.instant());
        audit.record("application.file.add", "call_application", applicationId, AuditOutcome.SUCCESS, info.fileName());
        return info;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void removeFile(long applicationId, long fileId) {
        CallApplication application = mine(applicationId);
        requireOpen(application, records.call(application.callId()));
        application.requireEditable();
        if (files.remove(applicationId, fileId)) {
            audit.record("application.file.remove", "call_application", applicationId, AuditOutcome.SUCCESS, null);
        }
    }

    /** The caller's applications, the newest first, with their status. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MyApplication> myApplications() {
        List<CallApplication> mine = applications.findByApplicantIdOrderByCreatedAtDesc(
                CurrentUser.require().accountId());
        Map<Long, OpenCall> calls = records.calls(mine.stream().map(CallApplication::callId).toList());
        return mine.stream().map(a -> new MyApplication(a.id(), CallRecords.summary(calls.get(a.callId())),
                a.status(), a.updatedAt(), a.submittedAt(),
                a.status() == ApplicationStatus.INELIGIBLE ? a.screeningReason() : null,
                a.status() == ApplicationStatus.REVISIONS_REQUESTED ? a.revisionRequests() : null,
                a.status() == ApplicationStatus.REVISIONS_REQUESTED ? a.revisionDueAt() : null)).toList();
    }

    ApplicationSheet sheet(CallApplication application, OpenCall call) {
        boolean editable = application.acceptsChangesAt(call, clock.instant())
                && (application.status() == ApplicationStatus.DRAFT
                        || application.status() == ApplicationStatus.SUBMITTED
                        || application.status() == ApplicationStatus.REVISIONS_REQUESTED);
        boolean revising = application.status() == ApplicationStatus.REVISIONS_REQUESTED;
        EligibilityAnswers eligibility = new EligibilityAnswers(application.institutionName(),
                application.institutionType(), application.country(), new HashSet<>(application.declarations()));
        return new ApplicationSheet(application.id(), application.version(), CallRecords.summary(call),
                call.definition(), application.status(), eligibility, application.answers(),
                application.submittedAnswers(), application.submittedAt(), records.files(application.id()), editable,
                application.status() == ApplicationStatus.INELIGIBLE ? application.screeningReason() : null,
                revising ? application.revisionRequests() : null, revising ? application.revisionDueAt() : null,
                application.answersVersion());
    }

    /** A call the caller may see; a draft or archived one is answered as if it did not exist (its criteria are private). */
    private OpenCall publicCall(long callId) {
        OpenCall call = records.call(callId);
        if (!call.status().isPublic() && !CurrentUser.require().isStaff()) {
            throw new Refused("", "opencall.problem.not-found");
        }
        return call;
    }

    /** The call's deadline, or while revisions are requested the application's own resubmission deadline. */
    private void requireOpen(CallApplication application, OpenCall call) {
        if (application.status() == ApplicationStatus.REVISIONS_REQUESTED) {
            if (!application.acceptsChangesAt(call, clock.instant())) {
                throw new Refused("", "opencall.problem.revision-deadline-passed");
            }
            return;
        }
        requireOpen(call);
    }

    private void requireOpen(OpenCall call) {
        if (!call.acceptsSubmissionsAt(clock.instant())) {
            throw new Refused("", call.status() == CallStatus.OPEN && clock.instant().isBefore(call.opensAt())
                    ? "opencall.problem.not-yet-open" : "opencall.problem.deadline-passed");
        }
    }

    private CallApplication mine(long applicationId) {
        long me = CurrentUser.require().accountId();
        return applications.findById(applicationId).filter(a -> a.applicantId() == me)
                .orElseThrow(() -> denied(applicationId));
    }

    private AccessDeniedException denied(long applicationId) {
        audit.recordIndependently(CurrentUser.actorName(), "application.read", "call_application", applicationId,
                AuditOutcome.DENIED, null);
        return new AccessDeniedException("Not your application");
    }

    private SavedApplication flushed(CallApplication application) {
        try {
            applications.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ChangedMeanwhile();
        }
        return new SavedApplication(application.id(), application.version(), clock.instant());
    }

    private @Nullable String region(String country) {
        return countries.find(country, Language.ENGLISH).map(CountryRef::region).orElse(null);
    }

    static ZoneId zoneOf(ExchangeUser user, OpenCall call) {
        return user.timeZone() == null ? call.zone() : user.timeZone();
    }
}
