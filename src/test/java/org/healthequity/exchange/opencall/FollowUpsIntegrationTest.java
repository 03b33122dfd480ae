package org.healthequity.exchange.opencall;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.healthequity.exchange.member.InstitutionContacts;
import org.healthequity.exchange.opencall.FollowUpStatus.State;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class FollowUpsIntegrationTest extends IntegrationTest {

    @Autowired
    private OpenCallFixture fixture;

    @Autowired
    FollowUps followUps;

    @Autowired
    CallDecisions decisions;

    @Autowired
    CallAdministration administration;

    @Autowired
    InstitutionContacts contacts;

    @Autowired
    JdbcTemplate jdbc;

    private static final Answers ANSWERS = new Answers(Map.of(
            FollowUps.REPRESENTATIVES, List.of("Ana Reyes, ana.reyes@example.org"),
            FollowUps.FOCAL_POINTS, List.of("Luis Soto <luis.soto@example.org>\nMara Diaz"),
            FollowUps.CONSENT, List.of(FollowUps.CONSENT_YES)));

    /** A closed call with the default follow-up form; the secretariat stays signed in. */
    private long call() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        followUps.saveForm(call, 0, FollowUpDefaults.questions());
        return call;
    }

    /** A screened-in application; after the call is closed, {@link #accept} may accept it. */
    private long screened(long call, String institution) {
        long application = fixture.submitted(call, "Applicant " + institution, institution, "CL");
        fixture.screenedIn(application);
        return application;
    }

    private void accept(long application) {
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        var draft = decisions.decisionDraft(application, Decision.ACCEPT);
        decisions.decide(application, draft.version(), Decision.ACCEPT, draft.mail(), null);
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private LocalDate inDays(int days) {
        return LocalDate.ofInstant(clock.instant(), OpenCallFixture.ZONE).plusDays(days);
    }

    @Test
    void sendsOnlyToAcceptedApplicationsMailsTheApplicantAndRefusesSendingTwice() {
        long call = call();
        long accepted = screened(call, unique("Instituto Aceptado"));
        long waitlisted = screened(call, unique("Instituto Espera"));
        administration.close(call);
        accept(accepted);
        var draft = decisions.decisionDraft(waitlisted, Decision.WAITLIST);
        decisions.decide(waitlisted, draft.version(), Decision.WAITLIST, draft.mail(), null);

        assertThatThrownBy(() -> followUps.send(waitlisted, inDays(14))).isInstanceOfSatisfying(Refused.class,
                p -> assertThat(p.first().messageKey()).isEqualTo("opencall.problem.follow-up-not-accepted"));
        assertThat(followUps.sendAll(call, inDays(14))).isEqualTo(1);
        assertThatThrownBy(() -> followUps.send(accepted, inDays(14))).isInstanceOfSatisfying(Refused.class,
                p -> assertThat(p.first().messageKey()).isEqualTo("opencall.problem.follow-up-already-sent"));
        assertThat(followUps.sendAll(call, inDays(14))).isZero();

        assertThat(Outbox.templatesFor(jdbc, fixture.applicantOf(accepted))).contains("opencall-follow-up");
        assertThat(Outbox.templatesFor(jdbc, fixture.applicantOf(waitlisted))).doesNotContain("opencall-follow-up");
        assertThat(followUps.statuses(call)).singleElement().satisfies(s -> {
            assertThat(s.applicationId()).isEqualTo(accepted);
            assertThat(s.state()).isEqualTo(State.SENT);
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'application.follow-up-sent'"
                + " and target_id = ?", Long.class, String.valueOf(accepted))).isEqualTo(1);
        assertThatThrownBy(() -> followUps.saveForm(call, 1, FollowUpDefaults.questions()))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.first().messageKey())
                        .isEqualTo("opencall.problem.follow-up-form-frozen"));
    }

    @Test
    void refusesADueDateThatIsNotAfterTodayAndAFormWithFiles() {
        long call = call();
        long application = screened(call, unique("Instituto Fecha"));
        administration.close(call);
        accept(application);

        assertThatThrownBy(() -> followUps.send(application, inDays(0))).isInstanceOfSatisfying(Refused.class,
                p -> assertThat(p.first().field()).isEqualTo("due"));
        var file = new CallDefinition.Question("letter", QuestionKind.FILE, true, 0, Texts.english("Letter"),
                Texts.empty(), List.of());
        assertThatThrownBy(() -> followUps.saveForm(call, 1, List.of(file))).isInstanceOfSatisfying(Refused.class,
                p -> assertThat(p.first().messageKey()).isEqualTo("opencall.problem.follow-up-no-files"));
    }

    @Test
    void answersAfterTheDueDateAreRefused() {
        long call = call();
        long application = screened(call, unique("Instituto Tarde"));
        administration.close(call);
        accept(application);
        followUps.send(application, inDays(2));
        fixture.signIn(fixture.applicantOf(application));
        long version = followUps.save(application, followUps.sheet(application).version(), ANSWERS);

        clock.advance(Duration.ofDays(4));

        assertThat(followUps.sheet(application).editable()).isFalse();
        assertThatThrownBy(() -> followUps.submit(application, version, ANSWERS)).isInstanceOfSatisfying(
                Refused.class, p -> assertThat(p.first().messageKey()).isEqualTo("opencall.problem.follow-up-overdue"));
    }

    @Test
    void anotherPersonCannotReadOrAnswerSomeoneElsesFollowUp() {
        long call = call();
        long application = screened(call, unique("Instituto Ajeno"));
        administration.close(call);
        accept(application);
        followUps.send(application, inDays(10));

        fixture.newApplicant("Mallory Meddler");
        assertThatThrownBy(() -> followUps.sheet(application)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> followUps.submit(application, 1, ANSWERS)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> followUps.send(application, inDays(10))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from call_follow_up where application_id = ?"
                + " and submitted_at is null and answers = '{\"values\": {}}'::jsonb", Long.class, application))
                .isEqualTo(1);
    }

    @Test
    void requiredAnswersAreRefusedNextToTheirQuestionAndSubmittedAnswersReachTheInstitution() {
        long call = call();
        String institution = unique("Instituto Registro");
        long application = screened(call, institution);
        administration.close(call);
        accept(application);
        followUps.send(application, inDays(10));
        fixture.signIn(fixture.applicantOf(application));
        long version = followUps.sheet(application).version();

        Answers partial = new Answers(Map.of(FollowUps.REPRESENTATIVES, List.of("Ana Reyes")));
        assertThatThrownBy(() -> followUps.submit(application, version, partial)).isInstanceOfSatisfying(
                Refused.class, p -> assertThat(p.problems()).extracting(Refused.FieldProblem::field)
                        .contains(FollowUps.FOCAL_POINTS, FollowUps.CONSENT));
        followUps.submit(application, version, ANSWERS);

        assertThat(followUps.sheet(application).editable()).isFalse();
        assertThatThrownBy(() -> followUps.save(application, version + 1, ANSWERS)).isInstanceOfSatisfying(
                Refused.class, p -> assertThat(p.first().messageKey())
                        .isEqualTo("opencall.problem.follow-up-submitted"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Long id = jdbc.queryForObject("select id from institution where name = ? and country = 'CL'", Long.class,
                    institution);
            assertThat(jdbc.queryForObject("select focal_points from institution where id = ?", String.class, id))
                    .contains("luis.soto@example.org", "Mara Diaz");
            assertThat(contacts.listed(id)).hasValueSatisfying(listed -> {
                assertThat(listed.representatives()).containsExactly("Ana Reyes");
                assertThat(listed.focalPoints()).containsExactly("Luis Soto", "Mara Diaz");
            });
        });
        SecurityContextHolder.clearContext();
    }

    @Test
    void withoutConsentTheContactsAreNotListed() {
        long call = call();
        String institution = unique("Instituto Discreto");
        long application = screened(call, institution);
        administration.close(call);
        accept(application);
        followUps.send(application, inDays(10));
        fixture.signIn(fixture.applicantOf(application));

        followUps.submit(application, followUps.sheet(application).version(),
                ANSWERS.with(FollowUps.CONSENT, List.of("no")));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select contacts_at is not null from institution where name = ?", Boolean.class, institution))
                .isTrue());
        Long id = jdbc.queryForObject("select id from institution where name = ?", Long.class, institution);
        assertThat(contacts.listed(id)).isEmpty();
    }

    @Test
    void aSaveFromAnOlderVersionIsRefusedAsAConflict() {
        long call = call();
        long application = screened(call, unique("Instituto Doble"));
        administration.close(call);
        accept(application);
        followUps.send(application, inDays(10));
        fixture.signIn(fixture.applicantOf(application));
        long loaded = followUps.sheet(application).version();

        followUps.save(application, loaded, ANSWERS);

        assertThatThrownBy(() -> followUps.save(application, loaded,
                new Answers(Map.of(FollowUps.REPRESENTATIVES, List.of("Someone else")))))
                .isInstanceOf(ChangedMeanwhile.class);
        assertThat(followUps.sheet(application).answers()).isEqualTo(ANSWERS);
    }
}
