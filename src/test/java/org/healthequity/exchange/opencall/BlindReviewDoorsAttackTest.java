package org.healthequity.exchange.opencall;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.healthequity.exchange.opencall.OpenCallFixture.Reviewer;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.ui.DashboardContribution.Item;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthequity.exchange.opencall.OpenCallFixture.scores;

/**
 * A reviewer (or the chair) of a blind call tries every other door to who applied: the decision summary, the version
 * comparison, the discussion and its mails, the dashboard tasks and the mail of a new review round (ADR 0033).
 */
@Tag("attack")
class BlindReviewDoorsAttackTest extends IntegrationTest {

    private static final String INSTITUTION = "University of Ghana";

    @Autowired
    private OpenCallFixture fixture;

    @Autowired
    CommitteeReview committee;

    @Autowired
    ReviewDiscussion discussion;

    @Autowired
    CallTasks callTasks;

    @Autowired
    ChairTasks chairTasks;

    @Autowired
    JdbcTemplate jdbc;

    private record Blind(long call, long application, Reviewer ana, Reviewer ben) {
    }

    /** A blind call (the summary is hidden from reviewers) with one application reviewed by Ana and Ben. */
    private Blind reviewedBlind() {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), OpenCallFixture.ZONE).withNano(0);
        long call = fixture.openCall(OpenCallFixture.ZONE, now.minusDays(1), now.plusDays(10),
                BlindReviewTest.hidingSummaryAndLetter());
        long application = fixture.submitted(call, "Kwame Hidden", INSTITUTION, "GH");
        fixture.screenedIn(application);
        Reviewer ana = fixture.reviewer("Ana Blindfold", "PE", null);
        Reviewer ben = fixture.reviewer("Ben Blindfold", "FJ", null);
        fixture.reviewed(application, ana, scores(4, 8));
        fixture.reviewed(application, ben, scores(2, 4));
        return new Blind(call, application, ana, ben);
    }

    @Test
    void theChairOfABlindCallReadingTheDecisionSummaryAndTheTaskSeesOnlyTheNumber() {
        Blind blind = reviewedBlind();
        Reviewer chair = fixture.reviewer("Chi Blindfold", "NO", null);
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        committee.nameChair(blind.call(), chair.id());
        assertThat(committee.summary(blind.application()).institutionName()).isEqualTo(INSTITUTION);

        fixture.signIn(chair.email());
        DecisionSummary summary = committee.summary(blind.application());

        assertThat(summary.institutionName()).isEqualTo("#" + blind.application());
        assertThat(summary.toString()).doesNotContain(INSTITUTION);
        assertThat(chairTasks.tasks(user(chair.email()))).filteredOn(t -> t.messageKey()
                .equals("opencall.dashboard.meta-review")).extracting(Item::arguments)
                .containsExactly(List.of("#" + blind.application(), summaryTitle(blind.call())));
    }

    @Test
    void aReviewerOfABlindCallReadingTheDiscussionAndItsMailSeesOnlyTheNumber() {
        Blind blind = reviewedBlind();

        fixture.signIn(blind.ana().email());
        DiscussionThread thread = discussion.thread(blind.application());
        discussion.post(blind.application(), "Who wrote this?");

        assertThat(thread.institutionName()).isEqualTo("#" + blind.application());
        assertThat(thread.definition().questions()).extracting(CallDefinition.Question::key)
                .doesNotContain("summary");
        assertThat(mailsTo(blind.ben().email(), "opencall-discussion-post")).isNotEmpty()
                .allSatisfy(mail -> assertThat(mail).doesNotContain(INSTITUTION)
                        .contains("#" + blind.application()));
    }

    @Test
    void aReviewerOfABlindCallComparingVersionsSeesNeitherTheHiddenAnswerNorTheName() {
        Blind blind = reviewedBlind();
        fixture.close(blind.call());
        fixture.requestRevisions(blind.application(), "Say more about the districts.", Duration.ofDays(7));
        fixture.resubmit(blind.application(), OpenCallFixture.revised());

        fixture.signIn(blind.ana().email());
        VersionComparison compared = fixture.revisions().compare(blind.application(), 1, 2, Language.ENGLISH);

        assertThat(compared.institutionName()).isEqualTo("#" + blind.application());
        assertThat(compared.answers()).extracting(VersionComparison.AnswerChange::question)
                .doesNotContain("summary").contains("motivation");
        assertThat(compared.toString()).doesNotContain(INSTITUTION, "inequality");
        assertThat(mailsTo(blind.ana().email(), "opencall-review-round")).isNotEmpty()
                .allSatisfy(mail -> assertThat(mail).doesNotContain(INSTITUTION));

        fixture.signIn(fixture.applicantOf(blind.application()));
        assertThat(fixture.revisions().compare(blind.application(), 1, 2, Language.ENGLISH).answers())
                .extracting(VersionComparison.AnswerChange::question).contains("summary");
    }

    @Test
    void aReviewerOfABlindCallSeesOnlyTheNumberInTheDashboardTask() {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), OpenCallFixture.ZONE).withNano(0);
        long call = fixture.openCall(OpenCallFixture.ZONE, now.minusDays(1), now.plusDays(10),
                BlindReviewTest.hidingSummaryAndLetter());
        long application = fixture.submitted(call, "Kwame Tasked", INSTITUTION, "GH");
        fixture.screenedIn(application);
        Reviewer reviewer = fixture.reviewer("Rita Tasked", "NO", null);
        fixture.assignment().assign(application, reviewer.id(), null);

        List<Item> tasks = callTasks.tasks(user(reviewer.email()));

        assertThat(tasks).filteredOn(t -> t.messageKey().equals("opencall.dashboard.review"))
                .extracting(Item::arguments).containsExactly(List.of("#" + application, summaryTitle(call)));
        assertThat(tasks.toString()).doesNotContain(INSTITUTION);
    }

    private ExchangeUser user(String email) {
        return (ExchangeUser) fixture.users().loadUserByUsername(email);
    }

    private String summaryTitle(long call) {
        return jdbc.queryForObject("select title from open_call where id = ?", String.class, call);
    }

    private List<String> mailsTo(String recipient, String template) {
        return jdbc.queryForList("select subject || ' ' || text_body || ' ' || html_body from outgoing_mail"
                + " where lower(recipient) = lower(?) and template = ?", String.class, recipient, template);
    }
}
