package org.healthequity.exchange.opencall;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.notification.MailDraft;
import org.healthequity.exchange.opencall.CallDefinition.Question;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.security.StaffOnly;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

/**
 * "Revisions required" (docs/adr/0028-revisions-required.md): the committee sends an application back with requests
 * and a deadline; the applicant's resubmission keeps the version before and makes the revised answers the next one.
 */
@Service
@Validated
public class ApplicationRevisions {

    /** The longest the committee's revision requests may be. */
    public static final int REQUESTS_MAX = RevisionState.REQUESTS_MAX;

    private final CallApplicationRepository applications;
    private final ApplicationVersionRepository versions;
    private final CallRecords records;
    private final ReviewRounds rounds;
    private final CallReviewRepository reviews;
    private final MemberContacts contacts;
    private final CallMails mails;
    private final AuditLog audit;
    private final Clock clock;

    ApplicationRevisions(CallApplicationRepository applications, ApplicationVersionRepository versions,
            CallRecords records, ReviewRounds rounds, CallReviewRepository reviews, MemberContacts contacts,
            CallMails mails, AuditLog audit, Clock clock) {
        this.applications = applications;
        this.versions = versions;
        this.records = records;
        this.rounds = rounds;
        this.reviews = reviews;
        this.contacts = contacts;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Sends the application back to its applicant with the committee's requests, to be revised and resubmitted before
     * {@code dueAt} (which must be in the future); the applicant is mailed the edited mail followed by the requests and
     * the deadline in their own zone and language.
     *
     * @throws ChangedMeanwhile when the application changed since the draft was made
     */
    @StaffOnly
    @Transactional
    public void requestRevisions(long applicationId, long loadedVersion, String requests, Instant dueAt,
            @Valid MailDraft mail) {
        CallApplication application = applications.lockById(applicationId)
                .orElseThrow(() -> new Refused("", "opencall.problem.not-found"));
        OpenCall call = records.call(application.callId());
        if (call.status() != CallStatus.CLOSED && call.status() != CallStatus.DECIDED) {
            throw new Refused("", "opencall.problem.decide-after-closing");
        }
        if (application.version() != loadedVersion) {
            throw new ChangedMeanwhile();
        }
        application.requestRevisions(requests, dueAt, CurrentUser.require().accountId(), clock.instant());
        var recipient = contacts.recipients(List.of(application.applicantId())).get(application.applicantId());
        if (recipient != null) {
            mails.revisionsRequested(recipient.email(), recipient.language(),
                    recipient.zone() == null ? call.zone() : recipient.zone(), mail, application.revisionRequests(),
                    dueAt);
        }
        audit.record("application.request-revisions", "call_application", applicationId, AuditOutcome.SUCCESS,
                dueAt.toString());
    }

    /**
     * Resubmits the locked application's revised answers (already checked and saved by the submission): the version
     * before is kept, the revised answers become the next version and its review round starts.
     */
    void resubmit(CallApplication application, Instant now) {
        versions.save(application.resubmit(now));
        applications.flush();
        rounds.startNext(application, records.call(application.callId()));
    }

    /**
     * The application's submitted versions and two of them compared word by word, question by question: for its
     * applicant, the secretariat and its reviewers; anyone else (a reviewer who declared a conflict of interest too)
     * is refused and audited. Choices compare by their labels in the given language.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public VersionComparison compare(long applicationId, int from, int to, Language language) {
        CallApplication application = readable(applicationId);
        if (application.submittedAnswers() == null || application.submittedAt() == null) {
            throw new Refused("", "opencall.problem.not-submitted");
        }
        OpenCall call = records.call(application.callId());
        List<VersionComparison.VersionInfo> infos = new ArrayList<>();
        Map<Integer, Answers> answers = new HashMap<>();
        for (ApplicationVersion earlier : versions.findByApplicationIdOrderByNumberAsc(applicationId)) {
            infos.add(new VersionComparison.VersionInfo(earlier.number(), earlier.submittedAt(),
                    earlier.revisionRequests()));
            answers.put(earlier.number(), earlier.answers());
        }
        infos.add(new VersionComparison.VersionInfo(application.answersVersion(), application.submittedAt(), null));
        answers.put(application.answersVersion(), application.submittedAnswers());
        if (!answers.containsKey(from)) {
            throw new Refused("from", "opencall.problem.no-such-version", from);
        }
        if (!answers.containsKey(to)) {
            throw new Refused("to", "opencall.problem.no-such-version", to);
        }
        // A reviewer of a blind call compares only what the call shows reviewers (ADR 0033).
        ExchangeUser me = CurrentUser.require();
        boolean reviewer = !me.isStaff() && application.applicantId() != me.accountId();
        CallDefinition shown = reviewer ? call.definition().forReviewers() : call.definition();
        List<VersionComparison.AnswerChange> changes = shown.questions().stream()
                .filter(q -> q.kind() != QuestionKind.FILE).map(q -> {
                    String before = answer(q, answers.get(from), language);
                    String after = answer(q, answers.get(to), language);
                    return new VersionComparison.AnswerChange(q.key(), q.label().in(language),
                            WordDiff.diff(before, after, language.locale()), !before.equals(after));
                }).toList();
        return new VersionComparison(applicationId, call.title(),
                BlindReview.institution(call.definition(), application, me), infos, from, to, changes);
    }

    private static String answer(Question question, Answers answers, Language language) {
        return switch (question.kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> question.options().stream()
                    .filter(o -> answers.choices(question.key()).contains(o.key())).map(o -> o.label().in(language))
                    .collect(Collectors.joining(", "));
            default -> answers.text(question.key());
        };
    }

    /** An application its applicant, the secretariat or one of its reviewers (no conflict declared) may read. */
    private CallApplication readable(long applicationId) {
        ExchangeUser me = CurrentUser.require();
        CallApplication application = applications.findById(applicationId).orElse(null);
        boolean allowed = application != null && (me.isStaff() || application.applicantId() == me.accountId()
                || reviews.findFirstByApplicationIdAndReviewerIdOrderByRoundDesc(applicationId, me.accountId())
                        .filter(r -> r.status() != ReviewStatus.CONFLICT).isPresent());
        if (!allowed) {
            audit.recordIndependently(me.getUsername(), "application.versions.read", "call_application",
                    applicationId, AuditOutcome.DENIED, null);
            throw new AccessDeniedException("Not an application you may read");
        }
        return application;
    }
}
