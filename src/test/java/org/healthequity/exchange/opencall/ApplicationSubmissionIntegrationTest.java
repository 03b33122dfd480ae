package org.healthequity.exchange.opencall;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.healthequity.exchange.member.InstitutionType;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.notification.MailDelivery;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.Outbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Applying: eligibility, drafts, the deadline at the millisecond, double and concurrent submits, files, privacy. */
class ApplicationSubmissionIntegrationTest extends IntegrationTest {

    @Autowired
    CallAdministration administration;

    @Autowired
    ApplicationSubmission submission;

    @Autowired
    ApplicationDocuments documents;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    private OpenCallFixture fixture;

    @BeforeEach
    void setUp() {
    }

    @Test
    void eligibilityCheckNamesEveryFailedCriterion() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        fixture.newApplicant("Ana Check");

        EligibilityResult result = submission.checkEligibility(call,
                new EligibilityAnswers("Office", InstitutionType.CIVIL_SOCIETY, "NO", Set.of()));

        assertThat(result.eligible()).isFalse();
        assertThat(result.failures()).extracting(Refused.FieldProblem::field)
                .containsExactlyInAnyOrder("country", "institutionType", "declaration:expertise");
        assertThat(result.failures()).extracting(Refused.FieldProblem::messageKey)
                .contains("opencall.eligibility.country", "opencall.eligibility.type",
                        "opencall.eligibility.declaration");
        assertThat(submission.checkEligibility(call, OpenCallFixture.eligible("Aga Khan University", "PK"))
                .eligible()).isTrue();
        assertThatThrownBy(() -> submission.start(call,
                new EligibilityAnswers("Office", InstitutionType.UNIVERSITY, "NO", Set.of("expertise"))))
                .isInstanceOf(Refused.class);
    }

    @Test
    void draftsKeepWhatWasTypedEvenBeyondTheWordLimitButSubmitRefusesIt() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        fixture.newApplicant("Ben Words");
        SavedApplication started = submission.start(call, OpenCallFixture.eligible("Makerere University", "UG"));
        Answers tooLong = OpenCallFixture.complete().with("motivation",
                List.of("one two three four five six seven eight nine ten eleven twelve"));

        SavedApplication saved = submission.saveDraft(started.id(), started.version(), tooLong);
        assertThat(submission.sheet(started.id()).answers().text("motivation")).endsWith("eleven twelve");

        assertThatThrownBy(() -> submission.submit(saved.id(), saved.version(), tooLong))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.problems())
                        .containsExactly(new Refused.FieldProblem("motivation", "opencall.problem.words", 12, 10)));
        assertThatThrownBy(() -> submission.submit(saved.id(), saved.version(), Answers.none()))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.problems())
                        .extracting(Refused.FieldProblem::field).containsExactly("summary", "motivation"));
        assertThat(submission.sheet(started.id()).status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void deadlineHoldsToTheMillisecondWhateverTheServerTimeZone() {
        TimeZone before = TimeZone.getDefault();
        try {
            for (String serverZone : List.of("UTC", "Pacific/Kiritimati", "America/Los_Angeles")) {
                TimeZone.setDefault(TimeZone.getTimeZone(serverZone));
                clock.reset();
                Instant now = clock.instant();
                long call = fixture.openCallClosingIn(now, 3);
                fixture.signIn(OpenCallFixture.SECRETARIAT);
                Instant closes = administration.edit(call).form().closes().atZone(ZoneId.of("Europe/Zurich"))
                        .toInstant();

                long early = startWithAnswers(call, "Early " + serverZone);
                clock.set(closes.minusMillis(1));
                assertThat(submit(early).submitted()).isTrue();

                clock.reset();
                long exact = startWithAnswers(call, "Exact " + serverZone);
                clock.set(closes);
                assertThat(submit(exact).submitted()).isTrue();

                clock.reset();
                long late = startWithAnswers(call, "Late " + serverZone);
                clock.set(closes.plusMillis(1));
                assertThatThrownBy(() -> submit(late)).isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.first().messageKey()).isEqualTo("opencall.problem.deadline-passed"));
                ApplicationSheet draft = submission.sheet(late);
                assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);
                assertThat(draft.editable()).isFalse();
                assertThat(draft.answers()).isEqualTo(OpenCallFixture.complete());
            }
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void deadlineAcrossADaylightSavingChangeIsTheWallClockTimeOfTheCallZone() {
        // New York leaves daylight-saving time on 1 November 2026: a deadline on 2 November 23:59 is 04:59 UTC on 3
        // November, not 03:59.
        ZoneId newYork = ZoneId.of("America/New_York");
        clock.set(Instant.parse("2026-10-30T12:00:00Z"));
        long call = fixture.openCall(newYork, LocalDateTime.parse("2026-10-29T09:00"),
                LocalDateTime.parse("2026-11-02T23:59"));
        long application = startWithAnswers(call, "Dee Est");

        clock.set(Instant.parse("2026-11-03T04:58:59.999Z"));
        assertThat(submit(application).submitted()).isTrue();
        clock.set(Instant.parse("2026-11-03T04:59:00.001Z"));
        assertThatThrownBy(() -> submission.withdraw(application)).isInstanceOf(Refused.class);
    }

    @Test
    void timesSkippedOrRepeatedByADaylightSavingChangeAreRefused() {
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        CallForm skipped = new CallForm(Network.HIM, OpenCallFixture.nextCycle(),
                "Spring forward", "", "", "Europe/Zurich", LocalDateTime.parse("2027-03-01T09:00"),
                LocalDateTime.parse("2027-03-28T02:30"), OpenCallFixture.definition());
        assertThatThrownBy(() -> administration.save(null, 0, skipped)).isInstanceOfSatisfying(Refused.class,
                p -> assertThat(p.problems()).containsExactly(
                        new Refused.FieldProblem("closes", "opencall.problem.time-skipped")));
        CallForm repeated = new CallForm(Network.HIM, OpenCallFixture.nextCycle(),
                "Fall back", "", "", "Europe/Zurich", LocalDateTime.parse("2027-10-31T02:30"),
                LocalDateTime.parse("2027-11-28T12:00"), OpenCallFixture.definition());
        assertThatThrownBy(() -> administration.save(null, 0, repeated)).isInstanceOfSatisfying(Refused.class,
                p -> assertThat(p.problems()).containsExactly(
                        new Refused.FieldProblem("opens", "opencall.problem.time-ambiguous")));
    }

    @Test
    void submittingTwiceMakesOneSubmissionAndOneConfirmationWithACopyOfTheAnswers() throws Exception {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        String email = fixture.newApplicant("Chen Twice");
        SavedApplication started = submission.start(call, OpenCallFixture.eligible("Fudan University", "CN"));

        var first = submission.submit(started.id(), started.version(), OpenCallFixture.complete());
        var second = submission.submit(started.id(), started.version(), OpenCallFixture.complete());

        assertThat(first.submitted()).isTrue();
        assertThat(second.submitted()).isFalse();
        assertThat(Outbox.templatesFor(jdbc, email)).containsExactly("opencall-submitted");
        MailDelivery.sendQueued(context);
        MimeMessage[] received = greenMail.getReceivedMessagesForDomain(email);
        assertThat(received).hasSize(1);
        String text = Outbox.latestBody(jdbc, email);
        assertThat(received[0].getSubject()).contains("Open call");
        assertThat(text).contains("Motivation", "Because equity matters to us", "Dimensions", "Age",
                "(Japan Standard Time, Asia/Tokyo)", "/my/applications");
    }

    @Test
    void concurrentSubmitsOfOneApplicationMakeOneSubmission() throws Exception {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        String email = fixture.newApplicant("Dana Race");
        SavedApplication started = submission.start(call, OpenCallFixture.eligible("University of Ghana", "GH"));
        SecurityContext signedIn = SecurityContextHolder.getContext();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        Callable<Boolean> submitOnce = () -> {
            SecurityContextHolder.setContext(signedIn);
            go.await();
            try {
                return submission.submit(started.id(), started.version(), OpenCallFixture.complete()).submitted();
            } catch (ChangedMeanwhile e) {
                return false;
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
        List<Future<Boolean>> results = List.of(pool.submit(submitOnce), pool.submit(submitOnce),
                pool.submit(submitOnce), pool.submit(submitOnce));
        go.countDown();
        long made = 0;
        for (Future<Boolean> result : results) {
            made += result.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(made).isEqualTo(1);
        assertThat(Outbox.templatesFor(jdbc, email)).containsExactly("opencall-submitted");
        assertThat(jdbc.queryForObject("select count(*) from call_application where id = ? and status = 'SUBMITTED'",
                Long.class, started.id())).isEqualTo(1);
    }

    @Test
    void aSubmittedApplicationCanBeRevisedUntilTheDeadlineAndWithdrawn() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        fixture.newApplicant("Eve Revise");
        SavedApplication started = submission.start(call, OpenCallFixture.eligible("Aga Khan University", "PK"));
        var submitted = submission.submit(started.id(), started.version(), OpenCallFixture.complete());

        Answers revised = OpenCallFixture.complete().with("summary", List.of("Revised summary"));
        SavedApplication draft = submission.saveDraft(started.id(), submitted.version(), revised);
        ApplicationSheet sheet = submission.sheet(started.id());
        assertThat(sheet.hasUnsubmittedChanges()).isTrue();
        assertThat(sheet.submittedAnswers().text("summary")).isEqualTo("We measure inequality");
        assertThat(submission.submit(started.id(), draft.version(), revised).submitted()).isTrue();
        assertThat(submission.sheet(started.id()).submittedAnswers().text("summary")).isEqualTo("Revised summary");

        submission.withdraw(started.id());
        assertThat(submission.myApplications()).extracting(MyApplication::status)
                .containsExactly(ApplicationStatus.WITHDRAWN);
        SavedApplication again = submission.start(call, OpenCallFixture.eligible("Aga Khan University", "PK"));
        assertThat(again.id()).isEqualTo(started.id());
        assertThat(submission.sheet(again.id()).status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void filesAreCheckedByContentAndOnlyTheApplicantAndStaffMayDownloadThem() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        fixture.newApplicant("Fay Files");
        SavedApplication started = submission.start(call, OpenCallFixture.eligible("Aga Khan University", "PK"));
        byte[] pdf = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> submission.addFile(started.id(), "letter", "letter.pdf",
                "MZ\u0090 this program".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.first().messageKey()).isEqualTo("opencall.problem.file-kind"));
        assertThatThrownBy(() -> submission.addFile(started.id(), "summary", "x.pdf", pdf))
                .isInstanceOf(Refused.class);
        ApplicationFileInfo file = submission.addFile(started.id(), "letter", "../../Support<letter>.exe", pdf);
        assertThat(file.fileName()).isEqualTo("Supportletter.pdf");
        assertThat(documents.file(started.id(), file.id())).hasValueSatisfying(
                f -> assertThat(f.content()).isEqualTo(pdf));

        fixture.newApplicant("Gus Snoop");
        assertThat(documents.file(started.id(), file.id())).isEmpty();
        assertThatThrownBy(() -> submission.sheet(started.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> submission.saveDraft(started.id(), 0, Answers.none()))
                .isInstanceOf(AccessDeniedException.class);
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        assertThat(documents.file(started.id(), file.id())).isPresent();
    }

    @Test
    void anApplicantSeesOnlyTheirOwnApplications() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        fixture.submitted(call, "Hana Own", "University of Nairobi", "KE");
        fixture.newApplicant("Ivan Other");
        assertThat(submission.myApplications()).isEmpty();
        assertThat(submission.myApplicationTo(call)).isEmpty();
    }

    private long startWithAnswers(long call, String name) {
        fixture.newApplicant(name);
        SavedApplication started = submission.start(call, OpenCallFixture.eligible("Makerere University", "UG"));
        return submission.saveDraft(started.id(), started.version(), OpenCallFixture.complete()).id();
    }

    private ApplicationSubmission.SubmitOutcome submit(long application) {
        return submission.submit(application, submission.sheet(application).version(), OpenCallFixture.complete());
    }

    static Duration days(int n) {
        return Duration.ofDays(n);
    }
}
