package org.healthequity.exchange.opencall;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.healthequity.exchange.member.FollowUpSubmitted;
import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.notification.MailOutbox;
import org.healthequity.exchange.opencall.CallDefinition.AttachmentRules;
import org.healthequity.exchange.opencall.CallDefinition.Eligibility;
import org.healthequity.exchange.opencall.CallDefinition.Question;
import org.healthequity.exchange.opencall.FollowUpRows.FollowUp;
import org.healthequity.exchange.opencall.FollowUpStatus.State;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.StaffOnly;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.shared.validation.Refused.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.constraints.NotNull;

/**
 * Follow-up forms (ADR 0034): after acceptance the secretariat sends each accepted application a second form, built
 * like the application form, with a due date the server enforces; the applicant fills it in (autosaved under a version
 * check) and submits it once, and its representatives, focal points and consent reach the institution's record
 * through a {@link FollowUpSubmitted} event. A follow-up is sent once: sending it again is refused.
 */
@Service
public class FollowUps {

    /** The question keys whose answers feed the institution's record. */
    public static final String REPRESENTATIVES = "representatives";
    public static final String FOCAL_POINTS = "focal-points";
    public static final String CONSENT = "consent";
    /** The consent question's option that consents to listing. */
    public static final String CONSENT_YES = "yes";

    /** The latest due date the secretariat may set, in days from today. */
    public static final int DUE_DAYS_MAX = 365;

    private final CallApplicationRepository applications;
    private final CallRecords records;
    private final FollowUpRows rows;
    private final MemberContacts contacts;
    private final MailOutbox outbox;
    private final ExchangeProperties properties;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    FollowUps(CallApplicationRepository applications, CallRecords records, FollowUpRows rows, MemberContacts contacts,
            MailOutbox outbox, ExchangeProperties properties, ApplicationEventPublisher events, AuditLog audit,
            Clock clock) {
        this.applications = applications;
        this.records = records;
        this.rows = rows;
        this.contacts = contacts;
        this.outbox = outbox;
        this.properties = properties;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** The call's follow-up form; editable until the first follow-up is sent. */
    @StaffOnly
    @Transactional(readOnly = true)
    public FollowUpForm form(long callId) {
        OpenCall call = records.call(callId);
        FollowUpRows.Form form = rows.form(callId);
        return new FollowUpForm(callId, call.title(), form.version(), form.questions(), !rows.anySent(callId));
    }

    /**
     * Saves the follow-up questions as a whole, checked as the application form's are; file questions are refused (a
     * follow-up asks for facts, not documents). Refused once a follow-up was sent, as answers are keyed to them.
     *
     * @return the new version
     * @throws ChangedMeanwhile when they were saved elsewhere since {@code loadedVersion}
     */
    @StaffOnly
    @Transactional
    public long saveForm(long callId, long loadedVersion, @NotNull List<Question> questions) {
        records.call(callId);
        if (rows.anySent(callId)) {
            throw new Refused("questions", "opencall.problem.follow-up-form-frozen");
        }
        List<FieldProblem> problems = new ArrayList<>();
        CallChecks.definition(asDefinition(questions), problems);
        questions.stream().filter(q -> q.kind() == QuestionKind.FILE).findFirst().ifPresent(q -> problems.add(
                new FieldProblem("questions", "opencall.problem.follow-up-no-files", q.key())));
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        long version = rows.saveForm(callId, loadedVersion, questions, clock.instant());
        audit.record("call.follow-up-form", "open_call", callId, AuditOutcome.SUCCESS, questions.size() + " questions");
        return version;
    }

    /** The follow-up of each accepted application of the call, in the order of the applications. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<FollowUpStatus> statuses(long callId) {
        List<CallApplication> accepted = applications.findByCallIdAndStatusInOrderByIdAsc(callId,
                Set.of(ApplicationStatus.ACCEPTED));
        Map<Long, FollowUp> sent = rows.of(accepted.stream().map(CallApplication::id).toList());
        Instant now = clock.instant();
        List<FollowUpStatus> all = new ArrayList<>();
        for (CallApplication a : accepted) {
            FollowUp f = sent.get(a.id());
            all.add(f == null ? new FollowUpStatus(a.id(), a.institutionName(), State.NOT_SENT, null, null)
                    : new FollowUpStatus(a.id(), a.institutionName(), f.submittedAt() != null ? State.SUBMITTED
                            : f.dueAt().isAfter(now) ? State.SENT : State.OVERDUE, f.dueAt(), f.submittedAt()));
        }
        return all;
    }

    /**
     * Sends the follow-up form to one accepted application, due at the end of {@code due} in the call's time zone:
     * mails the applicant in their language and puts it on their dashboard. Refused for an application that is not
     * accepted, one already sent a follow-up, a call without follow-up questions, and a due date not after today.
     */
    @StaffOnly
    @Transactional
    public void send(long applicationId, @NotNull LocalDate due) {
        CallApplication application = applications.lockById(applicationId)
                .orElseThrow(() -> new Refused("", "opencall.problem.not-found"));
        OpenCall call = records.call(application.callId());
        Instant dueAt = dueAt(call, due);
        if (application.status() != ApplicationStatus.ACCEPTED) {
            throw new Refused("", "opencall.problem.follow-up-not-accepted");
        }
        sendChecked(application, call, dueAt);
    }

    /**
     * Sends the follow-up form to every accepted application of the call that has none yet.
     *
     * @return how many were sent
     */
    @StaffOnly
    @Transactional
    public int sendAll(long callId, @NotNull LocalDate due) {
        OpenCall call = records.call(callId);
        Instant dueAt = dueAt(call, due);
        int sent = 0;
        for (CallApplication application : applications.findByCallIdAndStatusInOrderByIdAsc(callId,
                Set.of(ApplicationStatus.ACCEPTED))) {
            if (rows.of(application.id()).isEmpty()) {
                sendChecked(application, call, dueAt);
                sent++;
            }
        }
        return sent;
    }

    private void sendChecked(CallApplication application, OpenCall call, Instant dueAt) {
        List<Question> questions = rows.form(call.id()).questions();
        if (questions.isEmpty()) {
            throw new Refused("", "opencall.problem.follow-up-form-empty");
        }
        Instant now = clock.instant();
        if (!rows.send(application.id(), CurrentUser.require().accountId(), now, dueAt)) {
            throw new Refused("", "opencall.problem.follow-up-already-sent");
        }
        contacts.contact(application.applicantId()).ifPresent(c -> outbox.queue(c.email(), c.language(),
                "opencall-follow-up", c.displayName(), call.title(), application.institutionName(),
                CallMails.when(dueAt, call.zone(), c.language()) + " (" + call.zone().getId() + ")",
                properties.baseUrl() + "/my/applications/" + application.id() + "/follow-up"));
        audit.record("application.follow-up-sent", "call_application", application.id(), AuditOutcome.SUCCESS,
                "due " + dueAt);
    }

    private Instant dueAt(OpenCall call, LocalDate due) {
        ZoneId zone = call.zone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        if (!due.isAfter(today) || due.isAfter(today.plusDays(DUE_DAYS_MAX))) {
            throw new Refused("due", "opencall.problem.follow-up-due", DUE_DAYS_MAX);
        }
        return due.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Whether the caller's application has a follow-up to see. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean hasFollowUp(long applicationId) {
        mine(applicationId);
        return rows.of(applicationId).isPresent();
    }

    /** The caller's application's follow-up; anyone else's is refused (and audited), as is one never sent. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public FollowUpSheet sheet(long applicationId) {
        CallApplication application = mine(applicationId);
        FollowUp f = sent(applicationId);
        OpenCall call = records.call(application.callId());
        return new FollowUpSheet(applicationId, call.title(), application.institutionName(),
                rows.form(call.id()).questions(), f.answers(), f.dueAt(), f.submittedAt(), f.version(),
                f.submittedAt() == null && f.dueAt().isAfter(clock.instant()));
    }

    /**
     * Saves the answers being typed: only answers that could never be submitted are refused; missing ones are
     * refused on submission.
     *
     * @return the new version
     * @throws ChangedMeanwhile when the follow-up was saved elsewhere since {@code loadedVersion}
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long save(long applicationId, long loadedVersion, @NotNull Answers answers) {
        CallApplication application = mine(applicationId);
        List<Question> questions = open(application);
        List<FieldProblem> problems = CallChecks.answers(asDefinition(questions), answers, Set.of(), false).stream()
                .filter(p -> !p.messageKey().equals("opencall.problem.words")).toList();
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return rows.save(applicationId, loadedVersion, answers, clock.instant(), false);
    }

    /**
     * Submits the answers, each missing required answer refused next to its question; after submission the follow-up
     * is read-only and its representatives, focal points and consent reach the institution's record.
     *
     * @return the new version
     * @throws ChangedMeanwhile when the follow-up was saved elsewhere since {@code loadedVersion}
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long submit(long applicationId, long loadedVersion, @NotNull Answers answers) {
        CallApplication application = mine(applicationId);
        List<Question> questions = open(application);
        List<FieldProblem> problems = CallChecks.answers(asDefinition(questions), answers, Set.of(), true);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        Instant now = clock.instant();
        long version = rows.save(applicationId, loadedVersion, answers, now, true);
        events.publishEvent(new FollowUpSubmitted(applicationId, application.institutionName(),
                application.institutionType().name(), application.country(),
                lines(answers.text(REPRESENTATIVES)), lines(answers.text(FOCAL_POINTS)),
                answers.choices(CONSENT).contains(CONSENT_YES), now));
        audit.record("application.follow-up-submit", "call_application", applicationId, AuditOutcome.SUCCESS, null);
        return version;
    }

    /** The follow-up's questions while it accepts answers; refused once submitted or past its due date. */
    private List<Question> open(CallApplication application) {
        FollowUp f = sent(application.id());
        if (f.submittedAt() != null) {
            throw new Refused("", "opencall.problem.follow-up-submitted");
        }
        if (!f.dueAt().isAfter(clock.instant())) {
            audit.recordIndependently(CurrentUser.actorName(), "application.follow-up-submit", "call_application",
                    application.id(), AuditOutcome.FAILURE, "due date passed");
            throw new Refused("", "opencall.problem.follow-up-overdue");
        }
        return rows.form(application.callId()).questions();
    }

    private FollowUp sent(long applicationId) {
        return rows.of(applicationId).orElseThrow(() -> new Refused("", "opencall.problem.follow-up-not-sent"));
    }

    static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static CallDefinition asDefinition(List<Question> questions) {
        return new CallDefinition(new Eligibility(Set.of(), Set.of(), Set.of(), List.of()), questions,
                AttachmentRules.DEFAULT, List.of());
    }

    private CallApplication mine(long applicationId) {
        long me = CurrentUser.require().accountId();
        return applications.findById(applicationId).filter(a -> a.applicantId() == me).orElseThrow(() -> {
            audit.recordIndependently(CurrentUser.actorName(), "application.follow-up-read", "call_application",
                    applicationId, AuditOutcome.DENIED, null);
            return new AccessDeniedException("Not your application");
        });
    }
}
