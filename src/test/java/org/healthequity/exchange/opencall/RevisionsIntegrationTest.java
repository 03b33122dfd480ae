package org.healthequity.exchange.opencall;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.healthequity.exchange.notification.MailDelivery;
import org.healthequity.exchange.notification.MailDraft;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthequity.exchange.opencall.OpenCallFixture.complete;

/** "Revisions required": the committee sends an application back to its applicant with requests and a deadline. */
class RevisionsIntegrationTest extends IntegrationTest {

    @Autowired
    private OpenCallFixture fixture;

    @Autowired
    CallDecisions decisions;

    @Autowired
    ApplicationRevisions revisions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void askingForRevisionsSendsTheApplicationBackWithRequestsDeadlineMailAndAuditEntry() throws Exception {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = fixture.submitted(call, "Rosa Revise", "Universidad de Costa Rica", "CR");
        String applicant = fixture.applicantOf(application);
        jdbc.update("update account set preferred_language = 'es' where email = ?", applicant);
        fixture.screenedIn(application);
        fixture.close(call);
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        Instant due = clock.instant().plus(Duration.ofDays(14));

        var draft = decisions.decisionDraft(application, Decision.REVISE);
        assertThat(draft.mail().body()).contains("Rosa Revise", "Universidad de Costa Rica").doesNotContain("Hello");
        revisions.requestRevisions(application, draft.version(), "  Please add your 2025 survey data.  ", due,
                draft.mail());

        assertThat(Outbox.templatesFor(jdbc, applicant)).contains("opencall-decision-revise");
        assertThat(Outbox.latestBody(jdbc, applicant)).contains("Please add your 2025 survey data.",
                "Peticiones del comité");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'application.request-revisions'"
                + " and target_id = ?", Long.class, String.valueOf(application))).isEqualTo(1);
        MailDelivery.sendQueued(context);
        assertThat(greenMail.getReceivedMessagesForDomain(applicant)).extracting(m -> m.getSubject())
                .contains(draft.mail().subject());

        SecurityContextHolder.clearContext();
        fixture.signIn(applicant);
        assertThat(fixture.submission().myApplications()).singleElement().satisfies(mine -> {
            assertThat(mine.status()).isEqualTo(ApplicationStatus.REVISIONS_REQUESTED);
            assertThat(mine.revisionRequests()).isEqualTo("Please add your 2025 survey data.");
            assertThat(mine.deadline()).isEqualTo(due);
        });
    }

    @Test
    void revisionsNeedRequestsAFutureDeadlineAndASubmittedApplication() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = fixture.submitted(call, "Bea Guarded", "University of Nairobi", "KE");
        fixture.screenedIn(application);
        fixture.close(call);
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        var draft = decisions.decisionDraft(application, Decision.REVISE);
        Instant now = clock.instant();

        assertThatThrownBy(() -> revisions.requestRevisions(application, draft.version(), " ",
                now.plus(Duration.ofDays(3)), draft.mail())).isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.first().field()).isEqualTo("requests"));
        assertThatThrownBy(() -> revisions.requestRevisions(application, draft.version(), "More data",
                now.minus(Duration.ofMinutes(1)), draft.mail())).isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.first().messageKey()).isEqualTo("opencall.problem.revision-deadline-past"));
        assertThatThrownBy(() -> decisions.decide(application, draft.version(), Decision.REVISE, draft.mail(),
                null)).isInstanceOfSatisfying(Refused.class, p -> assertThat(p.first().messageKey())
                        .isEqualTo("opencall.problem.revise-needs-requests"));

        revisions.requestRevisions(application, draft.version(), "More data", now.plus(Duration.ofDays(3)),
                draft.mail());
        assertThatThrownBy(() -> revisions.requestRevisions(application, draft.version(), "Again",
                now.plus(Duration.ofDays(3)), draft.mail())).isInstanceOf(ChangedMeanwhile.class);
        fixture.administration().markDecided(call);
        assertThatThrownBy(() -> fixture.administration().archive(call)).isInstanceOfSatisfying(Refused.class,
                p -> assertThat(p.first().messageKey()).isEqualTo("opencall.problem.revisions-pending"));
        var later = decisions.decisionDraft(application, Decision.ACCEPT);
        assertThatThrownBy(() -> decisions.decide(application, later.version(), Decision.ACCEPT, later.mail(), null))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.first().messageKey())
                        .isEqualTo("opencall.problem.not-submitted"));
        assertThatThrownBy(() -> revisions.requestRevisions(application, later.version(), "Again",
                now.plus(Duration.ofDays(3)), later.mail())).isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.first().messageKey()).isEqualTo("opencall.problem.not-revisable"));

        SecurityContextHolder.clearContext();
        fixture.newApplicant("Nosy Applicant");
        assertThatThrownBy(() -> revisions.requestRevisions(application, later.version(), "Mine now",
                now.plus(Duration.ofDays(3)), new MailDraft("s", "b"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theRevisedApplicationIsResubmittedBeforeItsDeadlineAndTheFirstVersionIsKept() {
        long application = fixture.inRevision(fixture.openCallClosingIn(clock.instant(), 10), "Vera Versions",
                "Universidad de Panamá", "PA", "Say how you reach rural districts.", Duration.ofDays(7));
        String applicant = fixture.applicantOf(application);

        fixture.signIn(applicant);
        var sheet = fixture.submission().sheet(application);
        assertThat(sheet.editable()).isTrue();
        assertThat(sheet.revisionRequests()).isEqualTo("Say how you reach rural districts.");
        var saved = fixture.submission().saveDraft(application, sheet.version(), revised());
        var outcome = fixture.submission().submit(application, saved.version(), revised());

        assertThat(outcome.submitted()).isTrue();
        var after = fixture.submission().sheet(application);
        assertThat(after.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(after.submittedAnswers()).isEqualTo(revised());
        assertThat(after.editable()).isFalse();
        assertThat(jdbc.queryForObject("select answers_version from call_application where id = ?", Integer.class,
                application)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select answers::text from call_application_version where application_id = ?"
                + " and number = 1", String.class, application)).contains("We measure inequality")
                .doesNotContain("rural");
        assertThatThrownBy(() -> fixture.submission().submit(application, after.version(), revised()))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.first().messageKey())
                        .isEqualTo("opencall.problem.deadline-passed"));
    }

    @Test
    void afterTheResubmissionDeadlineTheRevisionIsRefusedAndTheDraftKept() {
        long application = fixture.inRevision(fixture.openCallClosingIn(clock.instant(), 10), "Lena Late",
                "University of Malawi", "MW", "Add your budget.", Duration.ofDays(2));
        String applicant = fixture.applicantOf(application);
        fixture.signIn(applicant);
        var saved = fixture.submission().saveDraft(application, fixture.submission().sheet(application).version(),
                revised());

        clock.advance(Duration.ofDays(2).plusMinutes(1));

        assertThatThrownBy(() -> fixture.submission().submit(application, saved.version(), revised()))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.first().messageKey())
                        .isEqualTo("opencall.problem.revision-deadline-passed"));
        assertThatThrownBy(() -> fixture.submission().saveDraft(application, saved.version(), revised()))
                .isInstanceOf(Refused.class);
        var sheet = fixture.submission().sheet(application);
        assertThat(sheet.editable()).isFalse();
        assertThat(sheet.status()).isEqualTo(ApplicationStatus.REVISIONS_REQUESTED);
        assertThat(sheet.answers()).isEqualTo(revised());
        assertThat(jdbc.queryForObject("select count(*) from call_application_version where application_id = ?",
                Long.class, application)).isZero();
    }

    @Test
    void aDecisionPreparedOnTheFirstVersionIsRefusedOnceTheRevisionIsResubmitted() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = fixture.submitted(call, "Olu Overlap", "University of Ibadan", "NG");
        String applicant = fixture.applicantOf(application);
        fixture.screenedIn(application);
        fixture.close(call);
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        var stale = decisions.decisionDraft(application, Decision.DECLINE);
        fixture.requestRevisions(application, "Clarify the partners.", Duration.ofDays(7));
        fixture.signIn(applicant);
        var sheet = fixture.submission().sheet(application);
        fixture.submission().submit(application, sheet.version(), revised());
        // A second tab still showing the revision form: the revision is in, so nothing more can be submitted.
        assertThatThrownBy(() -> fixture.submission().submit(application, sheet.version(), complete()))
                .isInstanceOf(Refused.class);

        fixture.signIn(OpenCallFixture.SECRETARIAT);
        assertThatThrownBy(() -> decisions.decide(application, stale.version(), Decision.DECLINE, stale.mail(), null))
                .isInstanceOf(ChangedMeanwhile.class);
        var fresh = decisions.decisionDraft(application, Decision.ACCEPT);
        decisions.decide(application, fresh.version(), Decision.ACCEPT, fresh.mail(), null);
        assertThat(jdbc.queryForObject("select status from call_application where id = ?", String.class,
                application)).isEqualTo("ACCEPTED");
    }

    private static Answers revised() {
        return new Answers(Map.of("summary", List.of("We measure inequality in rural districts too"),
                "motivation", List.of("Because equity matters to us"), "dimensions", List.of("age")));
    }
}
