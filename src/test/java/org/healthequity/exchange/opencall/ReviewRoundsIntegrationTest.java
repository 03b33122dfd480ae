package org.healthequity.exchange.opencall;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.healthequity.exchange.opencall.OpenCallFixture.Reviewer;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.healthequity.exchange.opencall.OpenCallFixture.scores;

/** Review rounds: a resubmitted revision is reviewed again by the same reviewers, and ranked on the new round. */
class ReviewRoundsIntegrationTest extends IntegrationTest {

    @Autowired
    private OpenCallFixture fixture;

    @Autowired
    ReviewRounds rounds;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRankingUsesTheScoresOfTheRevisedVersionsRound() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = fixture.submitted(call, "Rana Rounds", "University of Cape Town", "ZA");
        fixture.screenedIn(application);
        Reviewer ana = fixture.reviewer("Ana Round", "PE", null);
        Reviewer ben = fixture.reviewer("Ben Round", "FJ", null);
        fixture.reviewed(application, ana, scores(1, 0));
        fixture.reviewed(application, ben, scores(1, 0));
        fixture.close(call);
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        assertThat(fixture.decisions().ranking(call)).singleElement()
                .satisfies(r -> assertThat(r.round()).isEqualTo(1))
                .satisfies(r -> assertThat(r.weightedTotal()).isZero());

        fixture.requestRevisions(application, "Show your data.", Duration.ofDays(7));
        resubmitted(application);
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        assertThat(fixture.decisions().ranking(call)).singleElement().satisfies(r -> {
            assertThat(r.round()).isEqualTo(2);
            assertThat(r.weightedTotal()).as("no review of round 2 is in yet").isNull();
            assertThat(r.reviews()).isZero();
        });

        submitRoundTwo(ana, scores(5, 10));
        submitRoundTwo(ben, scores(5, 10));

        fixture.signIn(OpenCallFixture.SECRETARIAT);
        assertThat(fixture.decisions().ranking(call)).singleElement().satisfies(r -> {
            assertThat(r.round()).isEqualTo(2);
            assertThat(r.weightedTotal()).isEqualTo(100.0);
            assertThat(r.reviews()).isEqualTo(2);
        });
        assertThat(rounds.history(application)).extracting(ReviewRounds.RoundReview::round)
                .containsExactly(2, 2, 1, 1);
        assertThat(rounds.history(application)).filteredOn(r -> r.round() == 1)
                .allSatisfy(r -> assertThat(r.weightedTotal()).isZero());
    }

    @Test
    void theReviewersOfRoundOneAreAssignedRoundTwoWithAMailAndADashboardTaskButNotAConflictedOne() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = fixture.submitted(call, "Ravi Again", "University of Colombo", "LK");
        fixture.screenedIn(application);
        Reviewer carla = fixture.reviewer("Carla Again", "MX", null);
        Reviewer dev = fixture.reviewer("Dev Conflicted", "GH", null);
        fixture.reviewed(application, carla, scores(3, 5));
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        long devReview = fixture.assignment().assign(application, dev.id(), null);
        fixture.signIn(dev.email());
        fixture.reviewing().declareConflict(devReview, "I advised this team last year.");
        fixture.close(call);
        fixture.requestRevisions(application, "Name your partners.", Duration.ofDays(7));

        resubmitted(application);

        assertThat(Outbox.templatesFor(jdbc, carla.email())).contains("opencall-review-round");
        assertThat(Outbox.latestBody(jdbc, carla.email())).contains("University of Colombo", "/reviews/");
        assertThat(Outbox.templatesFor(jdbc, dev.email())).doesNotContain("opencall-review-round");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'review.round.start'"
                + " and target_id = ?", Long.class, String.valueOf(application))).isEqualTo(1);
        fixture.signIn(carla.email());
        List<ReviewTask> tasks = fixture.reviewing().myReviews();
        assertThat(tasks).extracting(ReviewTask::round, ReviewTask::currentRound, ReviewTask::status)
                .containsExactlyInAnyOrder(tuple(2, true, ReviewStatus.ASSIGNED),
                        tuple(1, false, ReviewStatus.SUBMITTED));
        fixture.signIn(dev.email());
        assertThat(fixture.reviewing().myReviews()).extracting(ReviewTask::round).containsExactly(1);
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        var row = fixture.assignment().applications(call).getFirst();
        assertThat(row.reviewers()).extracting(ReviewerSlot::reviewerName, ReviewerSlot::status).containsExactly(
                tuple("Carla Again", ReviewStatus.ASSIGNED),
                tuple("Dev Conflicted", ReviewStatus.CONFLICT));
        // The secretariat changes the second round's reviewers as in the first: the conflicted one cannot return.
        assertThatThrownBy(() -> fixture.assignment().assign(application, dev.id(), "Needed"))
                .isInstanceOf(Refused.class);
    }

    @Test
    void aReviewOfRoundOneCannotBeSubmittedAfterRoundTwoBeganYetStaysReadable() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = fixture.submitted(call, "Rita Late", "University of the Philippines", "PH");
        fixture.screenedIn(application);
        Reviewer eve = fixture.reviewer("Eve Slow", "CL", null);
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        long first = fixture.assignment().assign(application, eve.id(), null);
        fixture.signIn(eve.email());
        long loaded = fixture.reviewing().sheet(first).version();
        fixture.close(call);
        fixture.requestRevisions(application, "Add the budget.", Duration.ofDays(7));
        resubmitted(application);

        fixture.signIn(eve.email());
        assertThatThrownBy(() -> fixture.reviewing().submit(first, loaded, scores(4, 4)))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.first().messageKey())
                        .isEqualTo("opencall.problem.review-round-over"));
        assertThatThrownBy(() -> fixture.reviewing().saveScores(first, loaded, scores(4, 4)))
                .isInstanceOf(Refused.class);
        var old = fixture.reviewing().sheet(first);
        assertThat(old.answers().text("summary")).isEqualTo("We measure inequality");
        long second = fixture.reviewing().myReviews().stream().filter(ReviewTask::currentRound).findFirst()
                .orElseThrow().reviewId();
        assertThat(fixture.reviewing().sheet(second).answers().text("summary")).contains("rural");
        fixture.reviewing().submit(second, fixture.reviewing().sheet(second).version(), scores(4, 4));
        assertThat(jdbc.queryForObject("select status from call_review where id = ?", String.class, first))
                .isEqualTo("ASSIGNED");
    }

    @Test
    void theRoundHistoryIsTheSecretariatsOnly() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = fixture.submitted(call, "Sami Secret", "University of Zambia", "ZM");
        Reviewer fay = fixture.reviewer("Fay Curious", "BR", null);
        fixture.signIn(fay.email());
        assertThatThrownBy(() -> rounds.history(application)).isInstanceOf(AccessDeniedException.class);
        fixture.signIn(fixture.applicantOf(application));
        assertThatThrownBy(() -> rounds.history(application)).isInstanceOf(AccessDeniedException.class);
    }

    /** The applicant resubmits the revised answers; the applicant stays signed in. */
    private void resubmitted(long application) {
        fixture.signIn(fixture.applicantOf(application));
        var sheet = fixture.submission().sheet(application);
        fixture.submission().submit(application, sheet.version(), revised());
    }

    private void submitRoundTwo(Reviewer reviewer, Scores scores) {
        fixture.signIn(reviewer.email());
        long id = fixture.reviewing().myReviews().stream().filter(t -> t.round() == 2).findFirst().orElseThrow()
                .reviewId();
        fixture.reviewing().submit(id, fixture.reviewing().sheet(id).version(), scores);
    }

    static Answers revised() {
        return new Answers(Map.of("summary", List.of("We measure inequality in rural districts too"),
                "motivation", List.of("Because equity matters to us"), "dimensions", List.of("age")));
    }
}
