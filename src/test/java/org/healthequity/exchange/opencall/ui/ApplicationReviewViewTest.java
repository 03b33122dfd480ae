package org.healthequity.exchange.opencall.ui;

import java.time.Duration;

import org.healthequity.exchange.opencall.CommitteeReview;
import org.healthequity.exchange.opencall.Decision;
import org.healthequity.exchange.opencall.OpenCallFixture;
import org.healthequity.exchange.opencall.OpenCallFixture.Reviewer;
import org.healthequity.exchange.shared.ui.AccessDeniedView;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.healthequity.exchange.opencall.OpenCallFixture.scores;

/** The committee page: the chair's summary and meta-review, the reviewers' discussion, refused to applicants. */
class ApplicationReviewViewTest extends ViewTest {

    @Autowired
    private OpenCallFixture fixture;

    @Autowired
    CommitteeReview committee;

    @Autowired
    JdbcTemplate jdbc;

    private long application;
    private Reviewer ana;
    private Reviewer chair;

    private void reviewedWithAChair(String applicant) {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        application = fixture.submitted(call, applicant, "University of Malawi", "MW");
        fixture.screenedIn(application);
        ana = fixture.reviewer(applicant + " Reviewer", "PE", null);
        chair = fixture.reviewer(applicant + " Chair", "NO", null);
        fixture.reviewed(application, ana, scores(4, 6));
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        committee.nameChair(call, chair.id());
        SecurityContextHolder.clearContext();
    }

    @Test
    void theChairReadsTheSummaryWritesTheMetaReviewAndKeepsTheTextWhenItChangedElsewhere() {
        reviewedWithAChair("Pat Summary");
        login(chair.email());
        navigate("applications/" + application + "/review");

        assertThat(_find(H2.class, spec -> spec.withText("Decision summary"))).hasSize(1);
        assertThat(_find(ListItem.class, spec -> spec.withText("Pat Summary Reviewer: score 4 — Expertise comment")))
                .hasSize(1);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Meta-review")), "A solid team.");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Decision> recommendation = _get(RadioButtonGroup.class,
                spec -> spec.withLabel("Recommendation"));
        _setValue(recommendation, Decision.ACCEPT);
        _click(_get(Button.class, spec -> spec.withText("Save the meta-review")));
        assertThat(jdbc.queryForObject("select text from call_meta_review where application_id = ?", String.class,
                application)).isEqualTo("A solid team.");

        jdbc.update("update call_meta_review set text = 'Written elsewhere', version = version + 1"
                + " where application_id = ?", application);
        TextArea text = _get(TextArea.class, spec -> spec.withLabel("Meta-review"));
        _setValue(text, "My better text.");
        _click(_get(Button.class, spec -> spec.withText("Save the meta-review")));
        assertThat(text.getValue()).isEqualTo("My better text.");
        assertThat(jdbc.queryForObject("select text from call_meta_review where application_id = ?", String.class,
                application)).isEqualTo("Written elsewhere");
    }

    @Test
    void aReviewerPostsInTheDiscussionButSeesNoSummary() {
        reviewedWithAChair("Quin Talk");
        login(ana.email());
        navigate("applications/" + application + "/review");

        assertThat(_find(H2.class, spec -> spec.withText("Decision summary"))).isEmpty();
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your post")), "The budget looks thin.");
        _click(_get(Button.class, spec -> spec.withText("Post")));
        assertThat(jdbc.queryForObject("select body from call_review_post where application_id = ?", String.class,
                application)).isEqualTo("The budget looks thin.");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Your post")).getValue()).isEmpty();
    }

    @Test
    void theSecretariatReadsTheEarlierRoundOfARevisedApplication() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long revised = fixture.submitted(call, "Uma Earlier", "University of Malawi", "MW");
        fixture.screenedIn(revised);
        fixture.reviewed(revised, fixture.reviewer("Uma Earlier Reviewer", "PE", null), scores(2, 3));
        fixture.close(call);
        fixture.requestRevisions(revised, "Name the districts.", Duration.ofDays(5));
        fixture.resubmit(revised, OpenCallFixture.revised());
        login(OpenCallFixture.SECRETARIAT);

        navigate("applications/" + revised + "/review");

        assertThat(_find(H2.class, spec -> spec.withText("Earlier review rounds"))).hasSize(1);
        assertThat(_find(ListItem.class, spec -> spec.withText("Expertise: score 2 — Expertise comment"))).hasSize(1);
        assertThat(_find(H2.class, spec -> spec.withText("Decision summary"))).hasSize(1);
    }

    @Test
    void anApplicantIsRefusedThePage() {
        reviewedWithAChair("Rae Refused");
        login(fixture.applicantOf(application));
        navigate("applications/" + application + "/review");
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }
}
