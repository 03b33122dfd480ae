package org.healthequity.exchange.opencall.ui;

import java.util.List;
import java.util.Set;

import org.healthequity.exchange.member.ReviewerProfiles.CommitteeMember;
import org.healthequity.exchange.opencall.ApplicationSubmission;
import org.healthequity.exchange.opencall.MatchingPreferences.Exclusion;
import org.healthequity.exchange.opencall.OpenCallFixture;
import org.healthequity.exchange.opencall.ReviewerMatching;
import org.healthequity.exchange.opencall.SavedApplication;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The applicant's topics and reviewer preferences page, as an applicant uses it. */
class ApplicationMatchingViewTest extends ViewTest {

    @Autowired
    private OpenCallFixture fixture;

    @Autowired
    ApplicationSubmission submission;

    @Autowired
    ReviewerMatching matching;

    private long draft(String applicant) {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        login(fixture.newApplicant(applicant));
        SavedApplication started = submission.start(call, OpenCallFixture.eligible("University of Lagos", "NG"));
        return started.id();
    }

    @SuppressWarnings("unchecked")
    private static <T> MultiSelectComboBox<T> box(String label) {
        return _get(MultiSelectComboBox.class, spec -> spec.withLabel(label));
    }

    private static CommitteeMember member(MultiSelectComboBox<CommitteeMember> box, long id) {
        return box.getListDataView().getItems().filter(m -> m.accountId() == id).findFirst().orElseThrow();
    }

    @Test
    void theApplicantChoosesTopicsSuggestsAndExcludesReviewersWithAReason() {
        OpenCallFixture.Reviewer wanted = fixture.reviewer("Wendy Wanted", "NO", null);
        OpenCallFixture.Reviewer unwanted = fixture.reviewer("Ulf Unwanted", "SE", null);
        long application = draft("Tomas Topics");

        navigate("my/applications/" + application + "/reviewers");
        _setValue(box("Topics"), Set.of("THEME:HOUSING", "SDG:10"));
        MultiSelectComboBox<CommitteeMember> suggested = box("Suggested reviewers");
        _setValue(suggested, Set.of(member(suggested, wanted.id())));
        MultiSelectComboBox<CommitteeMember> excluded = box("People who should not review");
        _setValue(excluded, Set.of(member(excluded, unwanted.id())));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Why Ulf Unwanted should not review")),
                "He leads a competing bid");
        _click(_get(Button.class, spec -> spec.withText("Save topics and reviewers")));

        var saved = matching.preferences(application);
        assertThat(saved.topics()).containsExactlyInAnyOrder("THEME:HOUSING", "SDG:10");
        assertThat(saved.suggested()).containsExactly(wanted.id());
        assertThat(saved.excluded()).containsExactly(new Exclusion(unwanted.id(), "He leads a competing bid"));
    }

    @Test
    void anExclusionWithoutAReasonIsRefusedNextToTheReasonAndKeepsWhatWasChosen() {
        OpenCallFixture.Reviewer unwanted = fixture.reviewer("Ulla Unwanted", "SE", null);
        long application = draft("Rea Reasonless");

        navigate("my/applications/" + application + "/reviewers");
        _setValue(box("Topics"), Set.of("SDG:3"));
        MultiSelectComboBox<CommitteeMember> excluded = box("People who should not review");
        _setValue(excluded, Set.of(member(excluded, unwanted.id())));
        _click(_get(Button.class, spec -> spec.withText("Save topics and reviewers")));

        TextField reason = _get(TextField.class, spec -> spec.withLabel("Why Ulla Unwanted should not review"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason for each person you exclude.");
        assertThat(this.<String>box("Topics").getValue()).containsExactly("SDG:3");
        assertThat(matching.preferences(application).version()).isZero();
    }

    @Test
    void anotherApplicantSeesNothingOfSomeoneElsesPreferences() {
        long application = draft("Owen Owner");
        matching.save(application, 0, List.of("SDG:5"), List.of(), List.of());

        login(fixture.newApplicant("Nina Nosy"));
        navigate("my/applications/" + application + "/reviewers");

        assertThat(_find(MultiSelectComboBox.class)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withText("This application is not yours, or does not exist.")))
                .isNotNull();
        assertThat(_find(Anchor.class, spec -> spec.withText("My applications"))).hasSize(1);
    }
}
