package org.healthequity.exchange.opencall.ui;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.InstitutionType;
import org.healthequity.exchange.opencall.Answers;
import org.healthequity.exchange.opencall.ApplicationStatus;
import org.healthequity.exchange.opencall.ApplicationRevisions;
import org.healthequity.exchange.opencall.CallDecisions;
import org.healthequity.exchange.opencall.Decision;
import org.healthequity.exchange.opencall.MyApplication;
import org.healthequity.exchange.opencall.OpenCallFixture;
import org.healthequity.exchange.opencall.ReviewStatus;
import org.healthequity.exchange.opencall.ReviewTask;
import org.healthequity.exchange.opencall.Scores;
import org.healthequity.exchange.shared.ui.AccessDeniedView;
import org.healthequity.exchange.support.Outbox;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The public call pages, applying, the applicant's list and reviewing, as people use them. */
class OpenCallViewsViewTest extends ViewTest {

    @Autowired
    private OpenCallFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CallDecisions decisions;

    @Autowired
    ApplicationRevisions revisions;

    @Test
    void visitorsSeeOpenCallsWithTheirDeadlineInBothZonesAndACountdown() {
        long call = fixture.openCallClosingIn(clock.instant(), 12);
        navigate("calls");
        assertThat(_find(Anchor.class, spec -> spec.withText("Open call " + cycle(call)))).hasSize(1);
        assertThat(_find(Div.class, spec -> spec.withClasses("countdown"))).isNotEmpty();

        navigate("calls/" + call);
        assertThat(_get(H1.class).getText()).isEqualTo("Open call " + cycle(call));
        assertThat(_find(Div.class, spec -> spec.withClasses("call-deadline")).getFirst().getElement().getTextRecursively())
                .contains("Deadline:");
        assertThat(_find(Anchor.class, spec -> spec.withText("Sign in or create an account to apply"))).hasSize(1);
        assertThat(_find(ListItem.class, spec -> spec.withText("Summary (required)")))
                .hasSize(1);
    }

    @Test
    void aSignedInApplicantSeesTheDeadlineInTheirOwnZoneAndInTheCallsZone() {
        long call = fixture.openCallClosingIn(clock.instant(), 12);
        login(fixture.newApplicant("Tomo Tokyo"));
        navigate("calls/" + call);
        String deadline = _find(Div.class, spec -> spec.withClasses("call-deadline")).getFirst().getElement()
                .getTextRecursively();
        assertThat(deadline).contains("Asia/Tokyo", "Europe/Zurich");
        assertThat(_find(Button.class, spec -> spec.withText("Apply"))).hasSize(1);
    }

    @Test
    void applicantPassesEligibilityFillsTheFormWhichSavesItselfAndSubmits() {
        long call = fixture.openCallClosingIn(clock.instant(), 12);
        String email = fixture.newApplicant("Vera View");
        login(email);
        navigate("calls/" + call + "/apply");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Institution name")), "Universidad de Chile");
        @SuppressWarnings("unchecked")
        Select<InstitutionType> type = _get(Select.class,
                spec -> spec.withLabel("Institution type"));
        _setValue(type, InstitutionType.CIVIL_SOCIETY);
        @SuppressWarnings("unchecked")
        ComboBox<CountryRef> country = _get(ComboBox.class,
                spec -> spec.withLabel("Country"));
        _setValue(country, country.getListDataView().getItems().filter(c -> c.iso2().equals("CL")).findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Check eligibility and start")));
        assertThat(type.isInvalid()).isTrue();
        assertThat(type.getErrorMessage()).isEqualTo("The call is not open to this type of institution.");
        Checkbox monitoring = _get(Checkbox.class, spec -> spec.withLabel("We monitor health inequality"));
        assertThat(monitoring.isInvalid()).isTrue();
        assertThat(monitoring.getErrorMessage()).isEqualTo("This declaration must be confirmed.");
        Paragraph summaryOfFailures = _get(Paragraph.class, spec -> spec.withClasses("error"));
        assertThat(summaryOfFailures.isVisible()).isTrue();

        // The messages follow the answers: each goes as its answer changes, without checking again.
        _setValue(type, InstitutionType.UNIVERSITY);
        assertThat(type.isInvalid()).isFalse();
        assertThat(summaryOfFailures.isVisible()).isTrue();
        _setValue(monitoring, true);
        assertThat(monitoring.isInvalid()).isFalse();
        assertThat(summaryOfFailures.isVisible()).isFalse();
        _click(_get(Button.class, spec -> spec.withText("Check eligibility and start")));

        TextField summary = _get(TextField.class, spec -> spec.withLabel("Summary (required)"));
        _setValue(summary, "Inequality in Chile");
        TextArea motivation = _get(TextArea.class, spec -> spec.withLabel("Motivation (required)"));
        _setValue(motivation, "Because equity matters");
        assertThat(motivation.getHelperText()).isEqualTo("Words: 3 of 10");
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> dimensions = _get(CheckboxGroup.class, spec -> spec.withLabel("Dimensions"));
        _setValue(dimensions, Set.of("sex"));
        long id = fixture.submission().myApplicationTo(call).orElseThrow();
        assertThat(fixture.submission().sheet(id).answers().text("summary")).isEqualTo("Inequality in Chile");
        assertThat(fixture.submission().sheet(id).answers().choices("dimensions")).containsExactly("sex");

        _click(_get(Button.class, spec -> spec.withText("Submit application")));
        assertThat(fixture.submission().sheet(id).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(fixture.submission().sheet(id).submittedAnswers().text("motivation")).isEqualTo("Because equity matters");
        assertThat(Outbox.templatesFor(jdbc, email)).containsExactly("opencall-submitted");

        navigate("my/applications");
        @SuppressWarnings("unchecked")
        Grid<MyApplication> grid = _get(Grid.class);
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void submittingAnIncompleteFormShowsTheMessageNextToTheFieldAndKeepsTheText() {
        long call = fixture.openCallClosingIn(clock.instant(), 12);
        login(fixture.newApplicant("Walt Words"));
        fixture.submission().start(call, OpenCallFixture.eligible("Makerere University", "UG"));
        navigate("calls/" + call + "/apply");

        TextArea motivation = _get(TextArea.class, spec -> spec.withLabel("Motivation (required)"));
        _setValue(motivation, "one two three four five six seven eight nine ten eleven");
        _click(_get(Button.class, spec -> spec.withText("Submit application")));

        assertThat(motivation.isInvalid()).isTrue();
        assertThat(motivation.getErrorMessage()).isEqualTo("11 words: at most 10 are allowed.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Summary (required)")).getErrorMessage())
                .isEqualTo("This question must be answered.");
        assertThat(motivation.getValue()).endsWith("eleven");
        long id = fixture.submission().myApplicationTo(call).orElseThrow();
        assertThat(fixture.submission().sheet(id).status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void theApplicantReadsTheCommitteesRequestsRevisesAndResubmits() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = fixture.submitted(call, "Rui Revisto", "Universidade de São Paulo", "BR");
        String applicant = jdbc.queryForObject("select a.email from account a join call_application c"
                + " on c.applicant_id = a.id where c.id = ?", String.class, application);
        fixture.screenedIn(application);
        fixture.close(call);
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        var draft = decisions.decisionDraft(application, Decision.REVISE);
        revisions.requestRevisions(application, draft.version(), "Name your data sources.",
                clock.instant().plus(Duration.ofDays(5)), draft.mail());
        login(applicant);
        navigate("calls/" + call + "/apply");

        assertThat(_find(Paragraph.class, spec -> spec.withText("Name your data sources."))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText("Withdraw"))).allSatisfy(
                b -> assertThat(b.isVisible()).isFalse());
        TextField summary = _get(TextField.class, spec -> spec.withLabel("Summary (required)"));
        _setValue(summary, "We measure inequality with census and survey data");
        clock.advance(Duration.ofDays(6));
        _click(_get(Button.class, spec -> spec.withText("Submit the revised application")));
        assertThat(summary.getValue()).isEqualTo("We measure inequality with census and survey data");
        assertThat(fixture.submission().sheet(application).status()).isEqualTo(ApplicationStatus.REVISIONS_REQUESTED);

        clock.advance(Duration.ofDays(-2));
        navigate("calls/" + call + "/apply");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Summary (required)")),
                "We measure inequality with census and survey data");
        _click(_get(Button.class, spec -> spec.withText("Submit the revised application")));
        var sheet = fixture.submission().sheet(application);
        assertThat(sheet.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(sheet.submittedAnswers().text("summary")).isEqualTo(
                "We measure inequality with census and survey data");
    }

    @Test
    void afterTheDeadlineTheFormIsReadOnlyButStillReadable() {
        long call = fixture.openCallClosingIn(clock.instant(), 2);
        login(fixture.newApplicant("Xena Late"));
        var started = fixture.submission().start(call, OpenCallFixture.eligible("Makerere University", "UG"));
        fixture.submission().saveDraft(started.id(), started.version(), OpenCallFixture.complete());
        clock.advance(Duration.ofDays(3));
        navigate("calls/" + call + "/apply");

        assertThat(_get(TextField.class, spec -> spec.withLabel("Summary (required)")).isReadOnly()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Summary (required)")).getValue())
                .isEqualTo("We measure inequality");
        assertThat(_find(Button.class, spec -> spec.withText("Submit application"))).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withText(
                "This application can no longer be changed. What you wrote stays readable here."))).hasSize(1);
    }

    @Test
    void reviewerScoresFromTheListAndSeesPeersOnlyAfterSubmitting() {
        OpenCallFixture.Reviewer me = fixture.reviewer("Kofi Viewer", "GH", null);
        OpenCallFixture.Reviewer colleague = fixture.reviewer("Ingrid Viewer", "NO", null);
        long call = fixture.openCallClosingIn(clock.instant(), 12);
        long application = fixture.submitted(call, "Yann Reviewed", "University of Tokyo", "JP");
        fixture.screenedIn(application);
        long mine = fixture.assignment().assign(application, me.id(), null);
        long peer = fixture.reviewed(application, colleague, new Scores(Map.of(
                "expertise", new Scores.Score(2, "Thin record"),
                "fit", new Scores.Score(3, "Some fit"))));

        login(me.email());
        navigate("reviews");
        @SuppressWarnings("unchecked")
        Grid<ReviewTask> grid = _get(Grid.class);
        assertThat(IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i).reviewId()))
                .contains(mine).doesNotContain(peer);

        navigate("reviews/" + mine);
        assertThat(_find(Paragraph.class, spec -> spec.withText("We measure inequality"))).hasSize(1);
        assertThat(_find(Div.class, spec -> spec.withClasses("peer-review"))).isEmpty();
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Score (1 to 5)")), 4);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Score (0 to 10)")), 7);
        List<TextArea> comments = _find(TextArea.class, spec -> spec.withLabel("Comment"));
        _setValue(comments.get(0), "Strong national reports");
        _click(_get(Button.class, spec -> spec.withText("Submit review")));
        assertThat(comments.get(1).isInvalid()).isTrue();
        assertThat(comments.get(1).getErrorMessage()).isEqualTo("Add a comment.");
        _setValue(comments.get(1), "Good fit");
        _click(_get(Button.class, spec -> spec.withText("Submit review")));

        assertThat(fixture.reviewing().sheet(mine).status()).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(fixture.reviewing().sheet(mine).scores().value("fit")).isEqualTo(7);
        assertThat(_find(Div.class, spec -> spec.withClasses("peer-review"))).hasSize(1);
    }

    @Test
    void aReviewerCannotOpenAnotherReviewersReviewAndApplicantsCannotReview() {
        OpenCallFixture.Reviewer assigned = fixture.reviewer("Ingrid Guard", "NO", null);
        OpenCallFixture.Reviewer other = fixture.reviewer("Kofi Guard", "GH", null);
        long call = fixture.openCallClosingIn(clock.instant(), 12);
        long application = fixture.submitted(call, "Zoe Guarded", "University of Dhaka", "BD");
        fixture.screenedIn(application);
        long review = fixture.assignment().assign(application, assigned.id(), null);

        login(other.email());
        navigate("reviews/" + review);
        assertThat(_get(H1.class).getText()).isEqualTo("This review is not assigned to you.");
        assertThat(_find(Paragraph.class, spec -> spec.withText("We measure inequality"))).isEmpty();

        login(fixture.newApplicant("Applicant Nosy"));
        navigate("reviews");
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }

    private int cycle(long call) {
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        int cycle = fixture.administration().edit(call).form().cycle();
        SecurityContextHolder.clearContext();
        return cycle;
    }

    static Answers none() {
        return Answers.none();
    }
}
