package org.healthequity.exchange.opencall.ui;

import java.time.Duration;
import java.util.List;

import org.healthequity.exchange.opencall.ApplicationSubmission;
import org.healthequity.exchange.opencall.OpenCallFixture;
import org.healthequity.exchange.opencall.OpenCallFixture.Reviewer;
import org.healthequity.exchange.opencall.ReviewStatus;
import org.healthequity.exchange.opencall.ReviewerMatching;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the review pages tell people: a review of a round that is over, the applicant's way to the topics page, and
 * the secretariat's ranking of reviewers without topics.
 */
class ReviewHintsViewTest extends ViewTest {

    private static final String NO_TOPICS = "No topics given: ranked by load";

    @Autowired
    private OpenCallFixture fixture;

    @Autowired
    ApplicationSubmission submission;

    @Autowired
    ReviewerMatching matching;

    @Test
    void aReviewOfARoundThatIsOverSaysSoLinksTheComparisonAndCannotBeSavedSubmittedOrDeclined() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = fixture.submitted(call, "Olga Overdue", "University of Nairobi", "KE");
        fixture.screenedIn(application);
        Reviewer reviewer = fixture.reviewer("Rolf Late", "NO", null);
        long roundOne = fixture.assignment().assign(application, reviewer.id(), null);
        fixture.close(call);
        fixture.requestRevisions(application, "Add the districts.", Duration.ofDays(7));
        fixture.resubmit(application, OpenCallFixture.revised());

        login(reviewer.email());
        navigate("reviews/" + roundOne);

        assertThat(_find(Paragraph.class).stream().map(p -> p.getElement().getTextRecursively()))
                .contains("This review belongs to round 1, which is over; the application was revised. "
                        + "See the comparison");
        assertThat(_get(Anchor.class, spec -> spec.withText("See the comparison")).getHref())
                .isEqualTo("applications/" + application + "/versions?from=1&to=2");
        assertThat(_find(Button.class, spec -> spec.withText("Save scores"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Submit review"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Declare a conflict of interest"))).isEmpty();
        assertThat(_find(IntegerField.class)).isNotEmpty().allSatisfy(f -> assertThat(f.isReadOnly()).isTrue());
        assertThat(fixture.reviewing().sheet(roundOne).status()).isEqualTo(ReviewStatus.ASSIGNED);

        long roundTwo = fixture.reviewing().myReviews().stream().filter(t -> t.round() == 2).findFirst()
                .orElseThrow().reviewId();
        navigate("reviews/" + roundTwo);
        assertThat(_find(Anchor.class, spec -> spec.withText("See the comparison"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Submit review"))).hasSize(1);
    }

    @Test
    void theApplicantsDashboardPointsADraftWithoutTopicsToItsTopicsAndReviewersPage() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        login(fixture.newApplicant("Dora Dashboard"));
        long draft = submission.start(call, OpenCallFixture.eligible("University of Lagos", "NG")).id();
        String link = "my/applications/" + draft + "/reviewers";

        navigate("dashboard");
        assertThat(_find(Anchor.class).stream().filter(a -> a.getHref().equals(link)).map(Anchor::getText))
                .singleElement().asString().startsWith("Your application to ")
                .endsWith(": give it topics and suggest reviewers");

        matching.save(draft, 0, List.of("SDG:10"), List.of(), List.of());
        navigate("my/applications");
        navigate("dashboard");
        assertThat(_find(Anchor.class).stream().filter(a -> a.getHref().equals(link))).isEmpty();
    }

    @Test
    void theSecretariatIsToldThatReviewersAreRankedByLoadWhenTheApplicantGaveNoTopics() {
        int cycle = OpenCallFixture.nextCycle();
        long callId = fixture.open(cycle, "Ranked by load " + cycle);
        String applicant = fixture.applicant("Nadia No Topics");
        fixture.submittedBy(callId, applicant, "Lusaka Health Institute " + cycle, "ZM");
        fixture.close(callId);
        login(OpenCallFixture.SECRETARIAT);
        navigate("admin/calls/" + callId + "/applications");
        _click(_get(_getCellComponent(applications(), 0, "actions"), Button.class, spec -> spec.withText("Screen")));
        _setValue(screening(), Boolean.TRUE);
        _click(_get(Button.class, spec -> spec.withText("Save the screening")));

        _click(_get(_getCellComponent(applications(), 0, "actions"), Button.class,
                spec -> spec.withText("Reviewers")));

        assertThat(_find(Paragraph.class, spec -> spec.withText(NO_TOPICS))).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Boolean> screening() {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel("Screening"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> applications() {
        return _get(Grid.class, spec -> spec.withAttribute("aria-label", "Applications"));
    }
}
