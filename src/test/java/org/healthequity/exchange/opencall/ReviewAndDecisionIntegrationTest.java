package org.healthequity.exchange.opencall;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.notification.MailDelivery;
import org.healthequity.exchange.notification.MailDraft;
import org.healthequity.exchange.opencall.OpenCallFixture.Reviewer;
import org.healthequity.exchange.shared.i18n.Language;
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
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.healthequity.exchange.opencall.OpenCallFixture.scores;

/** Screening, assignment with conflicts of interest, blind scoring, ranking, decisions and admission. */
class ReviewAndDecisionIntegrationTest extends IntegrationTest {

    @Autowired
    private OpenCallFixture fixture;

    @Autowired
    CallDecisions decisions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    private CallAdministration administration;
    private ReviewAssignment assignment;
    private Reviewing reviewing;

    @BeforeEach
    void setUp() {
        administration = fixture.administration();
        assignment = fixture.assignment();
        reviewing = fixture.reviewing();
    }

    @Test
    void callMovesFromDraftToArchivedAndEachStepIsGuarded() {
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        int cycle = OpenCallFixture.nextCycle();
        var form = new CallForm(Network.HIM, cycle, "Call " + cycle, "", "",
                "Europe/Zurich", LocalDateTime.now().plusDays(1).withNano(0),
                LocalDateTime.now().plusDays(30).withNano(0), CallDefinition.empty());
        var saved = administration.save(null, 0, form);
        assertThatThrownBy(() -> administration.open(saved.id())).isInstanceOfSatisfying(Refused.class,
                p -> assertThat(p.first().messageKey()).isEqualTo("opencall.problem.no-questions"));
        var configured = administration.save(saved.id(), saved.version(), new CallForm(form.network(), cycle,
                form.title(), "", "", form.timeZone(), form.opens(), form.closes(), OpenCallFixture.definition()));
        assertThatThrownBy(() -> administration.save(saved.id(), saved.version(), form))
                .isInstanceOf(ChangedMeanwhile.class);
        administration.open(saved.id());
        assertThatThrownBy(() -> administration.save(saved.id(), configured.version() + 1, form))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.first().messageKey()).isEqualTo("opencall.problem.definition-locked"));
        assertThatThrownBy(() -> administration.archive(saved.id())).isInstanceOf(Refused.class);
        administration.close(saved.id());
        administration.markDecided(saved.id());
        administration.archive(saved.id());
        assertThat(administration.edit(saved.id()).status()).isEqualTo(CallStatus.ARCHIVED);
        SecurityContextHolder.clearContext();
        fixture.newApplicant("Nobody");
        assertThatThrownBy(() -> administration.calls()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void cloningLastYearsCallCopiesEverythingIntoANewDraftAYearLater() {
        long call = fixture.openCallClosingIn(clock.instant(), 20);
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        var source = administration.edit(call);
        int cycle = OpenCallFixture.nextCycle();

        long copy = administration.cloneCall(call, cycle);

        var cloned = administration.edit(copy);
        assertThat(cloned.status()).isEqualTo(CallStatus.DRAFT);
        assertThat(cloned.form().definition()).isEqualTo(source.form().definition());
        assertThat(cloned.form().cycle()).isEqualTo(cycle);
        int years = cycle - source.form().cycle();
        assertThat(cloned.form().closes()).isEqualTo(source.form().closes().plusYears(years));
        assertThatThrownBy(() -> administration.cloneCall(call, cycle)).isInstanceOfSatisfying(Refused.class,
                p -> assertThat(p.first().messageKey()).isEqualTo("opencall.problem.cycle-taken"));
    }

    @Test
    void suggestionBalancesLoadAndAvoidsConflictsWhichNeedAnAuditedOverride() {
        // The committee is shared with other tests' reviewers; these names sort first, so the suggestion (the least
        // loaded, then by name) takes from them.
        Reviewer kwame = fixture.reviewer("Aaliyah Mensah", "GH", null);
        Reviewer ingrid = fixture.reviewer("Aase Berg", "NO", "Statistics Norway");
        Reviewer omar = fixture.reviewer("Aamir Siddiqui", "PK", null);
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long ghana = fixture.submitted(call, "Ama Ghana", "University of Ghana", "GH");
        long norway = fixture.submitted(call, "Ola Norway", "Statistics Norway", "KE");
        fixture.screenedIn(ghana, norway);

        List<ReviewerOption> options = assignment.reviewerOptions(ghana);
        assertThat(options).filteredOn(o -> o.name().equals(kwame.name())).singleElement()
                .satisfies(o -> {
                    assertThat(o.conflictKey()).isEqualTo("opencall.conflict.country");
                    assertThat(o.suggested()).isFalse();
                });
        assertThat(options).filteredOn(ReviewerOption::suggested).hasSize(2);
        assertThat(assignment.reviewerOptions(norway)).filteredOn(o -> o.name().equals(ingrid.name()))
                .singleElement().extracting(ReviewerOption::conflictKey).isEqualTo("opencall.conflict.institution");

        assertThatThrownBy(() -> assignment.assign(ghana, kwame.id(), null)).isInstanceOfSatisfying(Refused.class,
                p -> assertThat(p.first().messageKey()).isEqualTo("opencall.conflict.country"));
        assignment.assign(ghana, kwame.id(), "Only specialist on small-area estimation");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'review.assign.override'"
                + " and target_id = ?", Long.class, String.valueOf(ghana))).isEqualTo(1);

        int assigned = assignment.assignSuggested(call);
        assertThat(assigned).isEqualTo(3);
        var rows = assignment.applications(call);
        assertThat(rows).allSatisfy(r -> assertThat(r.reviewers()).hasSize(2));
        assertThat(rows).filteredOn(r -> r.id() == norway).singleElement()
                .satisfies(r -> assertThat(r.reviewers()).extracting(ReviewerSlot::reviewerName)
                        .doesNotContain(ingrid.name(), ""));
        assertThat(rows).flatExtracting(ApplicationRow::reviewers).extracting(ReviewerSlot::reviewerName)
                .contains(omar.name());
    }

    @Test
    void reviewersScoreBlindlyEachTheirOwnAndCannotOpenOthers() {
        Reviewer ghana = fixture.reviewer("Kofi Blind", "GH", null);
        Reviewer norway = fixture.reviewer("Ingrid Blind", "NO", null);
        Reviewer pakistan = fixture.reviewer("Omar Blind", "PK", null);
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = fixture.submitted(call, "Kai Blind", "University of Tokyo", "JP");
        long other = fixture.submitted(call, "Lin Other", "Fudan University", "CN");
        fixture.screenedIn(application, other);
        long ghanaReview = assignment.assign(application, ghana.id(), null);
        long norwayReview = assignment.assign(application, norway.id(), null);
        long otherReview = assignment.assign(other, pakistan.id(), null);

        fixture.signIn(ghana.email());
        ReviewSheet sheet = reviewing.sheet(ghanaReview);
        assertThat(sheet.answers().text("summary")).isEqualTo("We measure inequality");
        long version = reviewing.saveScores(ghanaReview, sheet.version(), scores(5, 8));
        assertThatThrownBy(() -> reviewing.sheet(norwayReview)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviewing.sheet(otherReview)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviewing.saveScores(norwayReview, 0, scores(1, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviewing.submit(ghanaReview, version, scores(6, 8)))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.problems())
                        .containsExactly(new Refused.FieldProblem("expertise", "opencall.problem.score-range", 1, 5)));

        fixture.signIn(norway.email());
        ReviewSheet norwaySheet = reviewing.sheet(norwayReview);
        reviewing.submit(norwayReview, norwaySheet.version(), scores(3, 4));
        assertThat(reviewing.sheet(norwayReview).peers()).isEmpty();

        fixture.signIn(ghana.email());
        assertThat(reviewing.sheet(ghanaReview).peers()).isEmpty();
        reviewing.submit(ghanaReview, version, scores(5, 8));
        assertThat(reviewing.sheet(ghanaReview).peers()).singleElement().satisfies(peer -> {
            assertThat(peer.reviewerName()).isEqualTo(norway.name());
            assertThat(peer.scores().value("expertise")).isEqualTo(3);
        });
        assertThat(reviewing.myReviews()).extracting(ReviewTask::reviewId).contains(ghanaReview)
                .doesNotContain(norwayReview, otherReview);

        fixture.signIn(pakistan.email());
        assertThatThrownBy(() -> reviewing.sheet(ghanaReview)).isInstanceOf(AccessDeniedException.class);
        reviewing.declareConflict(otherReview, "Former co-author of the applicant");
        assertThat(reviewing.sheet(otherReview).status()).isEqualTo(ReviewStatus.CONFLICT);
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        assertThat(assignment.reviewerOptions(other)).filteredOn(o -> o.name().equals(pakistan.name()))
                .singleElement().extracting(ReviewerOption::conflictKey).isEqualTo("opencall.conflict.declared");
        assertThatThrownBy(() -> assignment.assign(other, pakistan.id(), "Please"))
                .isInstanceOf(Refused.class);
    }

    @Test
    void rankingWeighsCriteriaOnACommonScaleAndShowsMeanAndSpread() {
        Reviewer norway = fixture.reviewer("Ingrid Ranking", "NO", null);
        Reviewer pakistan = fixture.reviewer("Omar Ranking", "PK", null);
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long strong = fixture.submitted(call, "Max Strong", "University of Cape Town", "ZA");
        long weak = fixture.submitted(call, "Min Weak", "University of Sydney", "AU");
        fixture.screenedIn(strong, weak);
        fixture.reviewed(strong, norway, scores(5, 10));
        fixture.reviewed(strong, pakistan, scores(3, 0));
        fixture.reviewed(weak, norway, scores(1, 10));

        fixture.signIn(OpenCallFixture.SECRETARIAT);
        List<RankedApplication> ranking = decisions.ranking(call);
        // strong: (3*1 + 1*1)/4 = 100 and (3*0.5 + 1*0)/4 = 37.5, mean 68.75; weak: (0 + 1)/4 = 25
        assertThat(ranking).extracting(RankedApplication::applicationId).containsExactly(strong, weak);
        assertThat(ranking.getFirst().weightedTotal()).isEqualTo(68.75);
        assertThat(ranking.getFirst().rank()).isEqualTo(1);
        assertThat(ranking.getFirst().criteria().get("expertise"))
                .isEqualTo(new RankedApplication.CriterionStats(4.0, 2, 2));
        assertThat(ranking.get(1).weightedTotal()).isEqualTo(25.0);
        assertThat(assignment.applications(call)).filteredOn(r -> r.id() == strong).singleElement()
                .satisfies(r -> assertThat(r.rank()).isEqualTo(1));
    }

    @Test
    void acceptanceMailsTheEditedDecisionAndAdmitsTheInstitutionToTheNetwork() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = fixture.submitted(call, "Nia Accepted", "Universidad de Chile", "CL");
        String applicant = jdbc.queryForObject("select a.email from account a join call_application c"
                + " on c.applicant_id = a.id where c.id = ?", String.class, application);
        fixture.screenedIn(application);

        var draft = decisions.decisionDraft(application, Decision.ACCEPT);
        assertThatThrownBy(() -> decisions.decide(application, draft.version(), Decision.ACCEPT, draft.mail(), null))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.first().messageKey())
                        .isEqualTo("opencall.problem.decide-after-closing"));
        administration.close(call);
        assertThat(draft.mail().subject()).contains("Open call");
        assertThat(draft.mail().body()).contains("Nia Accepted", "Universidad de Chile");
        decisions.decide(application, draft.version(), Decision.ACCEPT,
                new MailDraft(draft.mail().subject(), draft.mail().body() + "\n\nWelcome aboard, Nia."), "Top 3");

        assertThat(Outbox.templatesFor(jdbc, applicant)).contains("opencall-decision-accept");
        assertThat(Outbox.latestBody(jdbc, applicant)).contains("Welcome aboard, Nia.");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(jdbc.queryForObject("select count(*) from network_membership m join account a"
                    + " on a.id = m.account_id where a.email = ? and m.network = 'HIM'", Long.class, applicant))
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject("""
                    select count(*) from institution i join institution_network n on n.institution_id = i.id
                    where i.name = 'Universidad de Chile' and i.country = 'CL' and n.network = 'HIM'""", Long.class))
                    .isEqualTo(1);
            assertThat(jdbc.queryForList("select r.role from account_role r join account a on a.id = r.account_id"
                    + " where a.email = ?", String.class, applicant)).contains("MEMBER");
        });
        var latest = decisions.decisionDraft(application, Decision.DECLINE);
        assertThatThrownBy(() -> decisions.decide(application, latest.version(), Decision.DECLINE, latest.mail(),
                null)).isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.first().messageKey()).isEqualTo("opencall.problem.already-accepted"));
        administration.markDecided(call);

        SecurityContextHolder.clearContext();
        fixture.signIn(applicant);
        assertThat(fixture.submission().myApplications()).singleElement().extracting(MyApplication::status)
                .isEqualTo(ApplicationStatus.ACCEPTED);
    }

    @Test
    void theDecisionMailIsWrittenInTheApplicantsLanguageAndArrivesAsEdited() throws Exception {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = fixture.submitted(call, "Zoé Française", "Université de Montréal", "CA");
        String applicant = jdbc.queryForObject("select a.email from account a join call_application c"
                + " on c.applicant_id = a.id where c.id = ?", String.class, application);
        jdbc.update("update account set preferred_language = 'fr' where email = ?", applicant);
        fixture.screenedIn(application);
        administration.close(call);

        var draft = decisions.decisionDraft(application, Decision.WAITLIST);
        assertThat(draft.language()).isEqualTo(Language.FRENCH);
        assertThat(draft.reachable()).isTrue();
        assertThat(draft.mail().body()).contains("Zoé Française", "Université de Montréal")
                .doesNotContain("Hello");
        decisions.decide(application, draft.version(), Decision.WAITLIST,
                new MailDraft(draft.mail().subject(), draft.mail().body() + "\n\n<b>Rang 2</b>"), null);

        MailDelivery.sendQueued(context);
        var received = greenMail.getReceivedMessagesForDomain(applicant);
        assertThat(received).hasSize(2);
        var decision = received[1];
        assertThat(decision.getSubject()).isEqualTo(draft.mail().subject());
        String html = jdbc.queryForObject("select html_body from outgoing_mail where lower(recipient) = lower(?)"
                + " and template = 'opencall-decision-waitlist'", String.class, applicant);
        assertThat(html).contains("lang=\"fr\"", "&lt;b&gt;Rang 2&lt;/b&gt;").doesNotContain("<b>Rang 2</b>");
    }

    @Test
    void exportsAndStatisticsCoverEverySubmittedApplication() throws Exception {
        Reviewer norway = fixture.reviewer("Ingrid Export", "NO", null);
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long first = fixture.submitted(call, "=Formula Person", "University of Lagos", "NG");
        long second = fixture.submitted(call, "Otto Ineligible", "Universidad de la República", "UY");
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        assignment.screen(first, true, null);
        assignment.screen(second, false, "No monitoring mandate");
        assertThatThrownBy(() -> assignment.screen(first, false, " ")).isInstanceOf(Refused.class);
        fixture.reviewed(first, norway, scores(4, 5));
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        administration.close(call);
        var draft = decisions.decisionDraft(first, Decision.WAITLIST);
        decisions.decide(first, draft.version(), Decision.WAITLIST, draft.mail(), null);

        String csv = new String(decisions.exportCsv(call), StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv).contains("\"'=Formula Person\"", "\"University of Lagos\"", "\"WAITLISTED\"", "\"INELIGIBLE\"",
                "expertise_mean");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(decisions.exportXlsx(call)))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("University of Lagos");
        }
        CallStatistics statistics = decisions.statistics(call);
        assertThat(statistics.applications()).isEqualTo(2);
        assertThat(statistics.byRegion()).containsEntry("AFR", 1L).containsEntry("AMR", 1L);
        assertThat(statistics.byInstitutionType()).containsEntry("UNIVERSITY", 2L);
        assertThat(statistics.waitlisted()).isEqualTo(1);
        assertThat(statistics.ineligible()).isEqualTo(1);
        assertThat(statistics.acceptanceRate()).isZero();

        SecurityContextHolder.clearContext();
        fixture.newApplicant("Snoop");
        assertThatThrownBy(() -> decisions.exportCsv(call)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void lateReviewersAreRemindedOncePerDay() {
        Reviewer pakistan = fixture.reviewer("Omar Late", "PK", null);
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = fixture.submitted(call, "Pia Late", "University of Nairobi", "KE");
        fixture.screenedIn(application);
        assignment.assign(application, pakistan.id(), null);

        assertThat(assignment.remindLate(call)).isZero();
        clock.advance(Duration.ofDays(15));
        assertThat(assignment.remindLate(call)).isEqualTo(1);
        assertThat(assignment.remindLate(call)).isZero();
        assertThat(assignment.applications(call).getFirst().reviewers()).singleElement()
                .extracting(ReviewerSlot::late).isEqualTo(true);
        assertThat(Outbox.templatesFor(jdbc, pakistan.email())).contains("opencall-reminder");
    }

}
