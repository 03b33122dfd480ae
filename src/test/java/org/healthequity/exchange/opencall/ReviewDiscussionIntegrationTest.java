package org.healthequity.exchange.opencall;

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
import static org.healthequity.exchange.opencall.OpenCallFixture.scores;

/** The reviewers' discussion: open once the round's reviews are in, private to its reviewers, chair and secretariat. */
class ReviewDiscussionIntegrationTest extends IntegrationTest {

    @Autowired
    private OpenCallFixture fixture;

    @Autowired
    ReviewDiscussion discussion;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onceTheReviewsAreInTheReviewersSeeEachOthersScoresAndDiscussWithMailsAndAnAuditEntry() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = fixture.submitted(call, "Dina Discussed", "University of Lagos", "NG");
        fixture.screenedIn(application);
        Reviewer ana = fixture.reviewer("Ana Talks", "PE", null);
        Reviewer ben = fixture.reviewer("Ben Talks", "FJ", null);
        fixture.reviewed(application, ana, scores(4, 8));
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        long benReview = fixture.assignment().assign(application, ben.id(), null);

        fixture.signIn(ana.email());
        assertThatThrownBy(() -> discussion.thread(application)).isInstanceOfSatisfying(Refused.class,
                p -> assertThat(p.first().messageKey()).isEqualTo("opencall.problem.discussion-not-open"));
        assertThatThrownBy(() -> discussion.post(application, "Early words")).isInstanceOf(Refused.class);

        fixture.signIn(ben.email());
        fixture.reviewing().submit(benReview, fixture.reviewing().sheet(benReview).version(), scores(2, 4));
        DiscussionThread thread = discussion.thread(application);
        assertThat(thread.open()).isTrue();
        assertThat(thread.scores()).extracting(DiscussionThread.PeerScores::reviewerName)
                .containsExactlyInAnyOrder("Ana Talks", "Ben Talks");
        discussion.post(application, "<script>alert(1)</script>I scored <b>fit</b> low: no partners named.");

        fixture.signIn(ana.email());
        assertThat(discussion.thread(application).posts()).singleElement().satisfies(post -> {
            assertThat(post.authorName()).isEqualTo("Ben Talks");
            assertThat(post.html()).contains("no partners named").doesNotContain("<script", "alert(1)");
        });
        assertThat(Outbox.templatesFor(jdbc, ana.email())).contains("opencall-discussion-post");
        assertThat(Outbox.templatesFor(jdbc, ben.email())).doesNotContain("opencall-discussion-post");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'review.discussion.post'"
                + " and target_id = ?", Long.class, String.valueOf(application))).isEqualTo(1);
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        discussion.post(application, "Thank you both.");
        assertThat(discussion.thread(application).posts()).hasSize(2);
    }

    @Test
    void anApplicantAReviewerOfAnotherApplicationAndAConflictedReviewerCannotReadNorPost() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = fixture.submitted(call, "Eno Enclosed", "University of Benin", "BJ");
        long other = fixture.submitted(call, "Ola Other", "University of Buea", "CM");
        fixture.screenedIn(application, other);
        Reviewer ana = fixture.reviewer("Ana Inside", "PE", null);
        Reviewer rex = fixture.reviewer("Rex Outside", "NP", null);
        Reviewer cy = fixture.reviewer("Cy Conflicted", "FJ", null);
        fixture.reviewed(application, ana, scores(3, 3));
        fixture.reviewed(other, rex, scores(3, 3));
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        long cyReview = fixture.assignment().assign(application, cy.id(), null);
        fixture.signIn(cy.email());
        fixture.reviewing().declareConflict(cyReview, "My former student leads it.");

        for (String stranger : new String[] {fixture.applicantOf(application), rex.email(), cy.email()}) {
            fixture.signIn(stranger);
            assertThatThrownBy(() -> discussion.thread(application)).as(stranger)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> discussion.post(application, "Let me in")).as(stranger)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from call_review_post where application_id = ?", Long.class,
                application)).isZero();
    }

    @Test
    void aBlankOrTooLongPostIsRefusedNextToItsField() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = fixture.submitted(call, "Fola Field", "University of Ilorin", "NG");
        fixture.screenedIn(application);
        Reviewer ana = fixture.reviewer("Ana Field", "PE", null);
        fixture.reviewed(application, ana, scores(3, 3));

        assertThatThrownBy(() -> discussion.post(application, "<b></b>  ")).isInstanceOfSatisfying(Refused.class,
                p -> assertThat(p.first().field()).isEqualTo("body"));
        assertThatThrownBy(() -> discussion.post(application, "x".repeat(ReviewDiscussion.POST_MAX + 1)))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.first().field()).isEqualTo("body"));
    }
}
