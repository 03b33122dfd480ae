package org.healthequity.exchange.opencall.ui;

import java.util.List;
import java.util.stream.IntStream;

import org.healthequity.exchange.opencall.ApplicationRow;
import org.healthequity.exchange.opencall.MatchingPreferences.Exclusion;
import org.healthequity.exchange.opencall.OpenCallFixture;
import org.healthequity.exchange.opencall.ReviewerMatching;
import org.healthequity.exchange.opencall.ReviewerOption;
import org.healthequity.exchange.opencall.ReviewerSlot;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The secretariat's reviewer dialog with an application's topics, the applicant's suggestion and exclusion. */
class ReviewerMatchingViewTest extends ViewTest {

    @Autowired
    private OpenCallFixture fixture;

    @Autowired
    ReviewerMatching matching;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSecretariatSeesTheOverlapTheApplicantsReasonAndAssignsAnExcludedPersonOnlyWithAnOverride() {
        int cycle = OpenCallFixture.nextCycle();
        long callId = fixture.open(cycle, "Matched through the view " + cycle);
        OpenCallFixture.Reviewer expert = fixture.reviewer("Eva Expert", "GH", null);
        jdbc.update("insert into profile_expertise (account_id, code) values (?, 'SDG:10'), (?, 'SDG:3')",
                expert.id(), expert.id());
        OpenCallFixture.Reviewer unwanted = fixture.reviewer("Ugo Unwanted", "GH", null);
        String applicant = fixture.applicant("Matilda Matched");
        long applicationId = fixture.submittedBy(callId, applicant, "Accra Equity Institute " + cycle, "NO");
        fixture.signIn(applicant);
        matching.save(applicationId, 0, List.of("SDG:10", "SDG:3"), List.of(expert.id()),
                List.of(new Exclusion(unwanted.id(), "Ugo chairs our board")));
        fixture.close(callId);
        login(OpenCallFixture.SECRETARIAT);
        navigate("admin/calls/" + callId + "/applications");
        _click(_get(actions(), Button.class, spec -> spec.withText("Screen")));
        _setValue(screening(), Boolean.TRUE);
        _click(_get(Button.class, spec -> spec.withText("Save the screening")));

        _click(_get(actions(), Button.class, spec -> spec.withText("Reviewers")));
        assertThat(_find(Paragraph.class, spec -> spec.withText("No topics given: ranked by load"))).isEmpty();
        assertThat(String.join(" | ", row(expert.id()))).contains("2", "Suggested by the applicant");
        assertThat(String.join(" | ", row(unwanted.id())))
                .contains("The applicant asked that this person not review the application: Ugo chairs our board");
        _click(assignButton(unwanted.id()));
        TextField override = _get(TextField.class, spec -> spec.withLabel("Reason to override a conflict of interest"));
        assertThat(override.isInvalid()).isTrue();
        _setValue(override, "The board seat ended last year.");
        _click(assignButton(unwanted.id()));

        ApplicationRow row = _get(applications(), 0);
        assertThat(row.reviewers()).filteredOn(s -> s.reviewerId() == unwanted.id())
                .extracting(ReviewerSlot::overrideReason).containsExactly("The board seat ended last year.");
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Boolean> screening() {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel("Screening"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ApplicationRow> applications() {
        return _get(Grid.class, spec -> spec.withAttribute("aria-label", "Applications"));
    }

    private static Component actions() {
        return _getCellComponent(applications(), 0, "actions");
    }

    @SuppressWarnings("unchecked")
    private static Grid<ReviewerOption> options() {
        return _get(Grid.class, spec -> spec.withId("reviewer-options"));
    }

    private static int index(long accountId) {
        Grid<ReviewerOption> options = options();
        return IntStream.range(0, _size(options)).filter(i -> _get(options, i).accountId() == accountId)
                .findFirst().orElseThrow();
    }

    private static List<String> row(long accountId) {
        return _getFormattedRow(options(), index(accountId));
    }

    private static Button assignButton(long accountId) {
        return _get(_getCellComponent(options(), index(accountId), "actions"), Button.class,
                spec -> spec.withText("Assign"));
    }
}
