package org.healthequity.exchange.opencall.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.healthequity.exchange.opencall.OpenCallFixture;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.opencall.AdminCallRow;
import org.healthequity.exchange.opencall.ApplicationSubmission;
import org.healthequity.exchange.opencall.CallAdministration;
import org.healthequity.exchange.opencall.CallAdministration.EditableCall;
import org.healthequity.exchange.opencall.CallDefinition.Choice;
import org.healthequity.exchange.opencall.CallDefinition.Question;
import org.healthequity.exchange.opencall.CallForm;
import org.healthequity.exchange.opencall.CallStatus;
import org.healthequity.exchange.opencall.QuestionKind;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.ui.AccessDeniedView;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.upload.Upload;
import com.github.mvysny.kaributesting.v10.MockVaadin;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

class CallAdminViewsViewTest extends ViewTest {

    @Autowired
    CallAdministration administration;

    @Autowired
    ApplicationSubmission submission;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    private OpenCallFixture fixture;

    @BeforeEach
    void setUp() {
        
    }

    @Test
    void theSecretariatSeesTheCallsWithTheirCounts() {
        int cycle = OpenCallFixture.nextCycle();
        long id = fixture.open(cycle, "Listed call " + cycle);
        fixture.submittedBy(id, fixture.applicant("Listed Applicant"), "Listed Institute", "KE");
        login(OpenCallFixture.SECRETARIAT);
        navigate("admin/calls");

        assertThat(currentView()).isEqualTo(AdminCallsView.class);
        AdminCallRow row = row(id);
        assertThat(row.submitted()).isEqualTo(1);
        assertThat(_find(Button.class, spec -> spec.withText("New call"))).hasSize(1);
    }

    @Test
    void theSecretariatCreatesACallWithAQuestionAChoiceAndACriterionInTheEditor() {
        int cycle = OpenCallFixture.nextCycle();
        login(OpenCallFixture.SECRETARIAT);
        navigate("admin/calls");
        _click(_get(Button.class, spec -> spec.withText("New call")));
        _click(_get(Button.class, spec -> spec.withText("Continue")));
        assertThat(currentView()).isEqualTo(CallEditorView.class);

        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Cycle (year)")), cycle);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Editor call " + cycle);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Description")), "Join the **network**.");

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> regions = _get(MultiSelectComboBox.class, spec -> spec.withLabel("WHO regions"));
        _setValue(regions, Set.of("EUR", "AFR"));
        _click(_get(Button.class, spec -> spec.withText("Add a declaration")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Key")), "mandate");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Text (English)")), "We monitor health inequality.");
        _click(_get(Button.class, spec -> spec.withText("Apply")));

        _click(_get(Button.class, spec -> spec.withText("Add a question")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Key")), "motivation");
        selectKind(QuestionKind.LONG_TEXT);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Word limit")), 300);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Question (English)")), "Why do you apply?");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Question (Français)")), "Pourquoi postulez-vous ?");
        _click(_get(Button.class, spec -> spec.withText("Apply")));

        _click(_get(Button.class, spec -> spec.withText("Add a question")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Key")), "focus");
        selectKind(QuestionKind.SINGLE_CHOICE);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Question (English)")), "Your focus");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Options (English)")), "Monitoring\nResearch");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Options (Español)")), "Seguimiento\nInvestigación");
        _click(_get(Button.class, spec -> spec.withText("Apply")));

        _click(_get(Button.class, spec -> spec.withText("Add a criterion")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Key")), "relevance");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Weight")), 3);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Highest score")), 10);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Criterion (English)")), "Relevance");
        _click(_get(Button.class, spec -> spec.withText("Apply")));

        _click(_get(Button.class, spec -> spec.withText("Save")));

        login(OpenCallFixture.SECRETARIAT);
        long id = administration.calls().stream()
                .filter(r -> r.call().network() == Network.HIM && r.call().cycle() == cycle)
                .findFirst().orElseThrow().call().id();
        EditableCall stored = administration.edit(id);
        assertThat(stored.status()).isEqualTo(CallStatus.DRAFT);
        assertThat(stored.form().title()).isEqualTo("Editor call " + cycle);
        assertThat(stored.form().description()).isEqualTo("Join the **network**.");
        assertThat(stored.form().definition().eligibility().regions()).containsExactlyInAnyOrder("EUR", "AFR");
        assertThat(stored.form().definition().eligibility().declarations()).singleElement()
                .satisfies(d -> assertThat(d.text().exactly(Language.ENGLISH)).isEqualTo(
                        "We monitor health inequality."));
        List<Question> questions = stored.form().definition().questions();
        assertThat(questions).extracting(Question::key).containsExactly("motivation", "focus");
        assertThat(questions.getFirst().wordLimit()).isEqualTo(300);
        assertThat(questions.getFirst().label().exactly(Language.FRENCH)).isEqualTo("Pourquoi postulez-vous ?");
        assertThat(questions.get(1).options()).extracting(Choice::key).containsExactly("o1", "o2");
        assertThat(questions.get(1).options().get(1).label().exactly(Language.SPANISH)).isEqualTo("Investigación");
        var criterion = stored.form().definition().rubric().getFirst();
        assertThat(criterion.key()).isEqualTo("relevance");
        assertThat(criterion.weight()).isEqualTo(3);
        assertThat(criterion.scaleMax()).isEqualTo(10);
        assertThat(currentView()).isEqualTo(CallEditorView.class);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Title")).getValue()).isEqualTo("Editor call " + cycle);
    }

    @Test
    void aRefusedSaveShowsTheMessageNextToTheFieldAndKeepsWhatWasTyped() {
        int cycle = OpenCallFixture.nextCycle();
        long id = fixture.draft(cycle, "Refused " + cycle);
        login(OpenCallFixture.SECRETARIAT);
        navigate("admin/calls/" + id);

        DateTimePicker opens = _get(DateTimePicker.class, spec -> spec.withLabel("Opens"));
        DateTimePicker closes = _get(DateTimePicker.class, spec -> spec.withLabel("Closes"));
        assertThat(closes.getHelperText()).contains("Europe/Zurich");
        _setValue(closes, opens.getValue().minusDays(2));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Typed title");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(closes.isInvalid()).isTrue();
        assertThat(closes.getErrorMessage()).isNotBlank();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Title")).getValue()).isEqualTo("Typed title");
        assertThat(administration.edit(id).form().title()).isEqualTo("Refused " + cycle);
    }

    @Test
    void aCallOpensFromTheListAfterConfirmationAndAClonedCallOpensInTheEditor() {
        int cycle = OpenCallFixture.nextCycle();
        int next = OpenCallFixture.nextCycle();
        long id = fixture.draft(cycle, "Stepped call " + cycle);
        login(OpenCallFixture.SECRETARIAT);
        navigate("admin/calls");

        _click(_get(actions(id), Button.class, spec -> spec.withText("Open the call")));
        _click(_get(Button.class, spec -> spec.withText("Confirm")));
        assertThat(administration.edit(id).status()).isEqualTo(CallStatus.OPEN);

        _click(_get(actions(id), Button.class, spec -> spec.withText("Clone")));
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("New cycle (year)")), next);
        _click(_get(Button.class, spec -> spec.withText("Create the copy")));

        assertThat(currentView()).isEqualTo(CallEditorView.class);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Title")).getValue())
                .isEqualTo("Stepped call " + next);
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Cycle (year)")).getValue()).isEqualTo(next);
    }

    @Test
    void aQuestionWithoutEnglishLabelStaysInItsDialog() {
        login(OpenCallFixture.SECRETARIAT);
        navigate("admin/calls/new?network=GKNHE");
        _click(_get(Button.class, spec -> spec.withText("Add a question")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Key")), "Not a key");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Question (Français)")), "Seulement en français");
        _click(_get(Button.class, spec -> spec.withText("Apply")));

        assertThat(_get(TextField.class, spec -> spec.withLabel("Key")).isInvalid()).isTrue();
        TextField english = _get(TextField.class, spec -> spec.withLabel("Question (English)"));
        assertThat(english.isInvalid()).isTrue();
        assertThat(english.getErrorMessage()).isEqualTo("Write at least the English text.");
    }

    @Test
    void aCallSavedElsewhereMeanwhileIsReportedAndTheTypedTextStays() {
        int cycle = OpenCallFixture.nextCycle();
        long id = fixture.draft(cycle, "Conflicting " + cycle);
        login(OpenCallFixture.SECRETARIAT);
        navigate("admin/calls/" + id);
        EditableCall loaded = administration.edit(id);
        administration.save(id, loaded.version(), new CallForm(loaded.form().network(), cycle, "Changed elsewhere",
                loaded.form().description(), loaded.form().terms(), loaded.form().timeZone(), loaded.form().opens(),
                loaded.form().closes(), loaded.form().definition()));

        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Typed here");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        expectNotifications("This was saved elsewhere meanwhile (another tab or person). Your text is still here: "
                + "copy what you need, then reload.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Title")).getValue()).isEqualTo("Typed here");
        assertThat(administration.edit(id).form().title()).isEqualTo("Changed elsewhere");
    }

    @Test
    void theTermsPdfIsCheckedByContentAndTheConfigurationLocksOnceOpen() {
        int cycle = OpenCallFixture.nextCycle();
        long id = fixture.draft(cycle, "Terms " + cycle);
        login(OpenCallFixture.SECRETARIAT);
        navigate("admin/calls/" + id);

        Upload upload = _get(Upload.class);
        _upload(upload, "terms.pdf", "application/pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8));
        MockVaadin.runUIQueue();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("The Terms of Reference must be a PDF file.");
        _upload(upload, "terms.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        MockVaadin.runUIQueue();
        assertThat(administration.edit(id).hasTermsPdf()).isTrue();

        _click(_get(Button.class, spec -> spec.withText("Open the call")));
        _click(_get(Button.class, spec -> spec.withText("Confirm")));
        assertThat(administration.edit(id).status()).isEqualTo(CallStatus.OPEN);
        assertThat(_find(Button.class, spec -> spec.withText("Add a question"))).isEmpty();
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Cycle (year)")).isReadOnly()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Title")).isReadOnly()).isFalse();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Terms renamed " + cycle);
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(administration.edit(id).form().title()).isEqualTo("Terms renamed " + cycle);
    }

    @Test
    void anUnknownCallIsNotFound() {
        login(OpenCallFixture.SECRETARIAT);
        navigate("admin/calls/999999");
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("There is no call at this address.");
        assertThat(_find(TextField.class, spec -> spec.withLabel("Title"))).isEmpty();
    }

    @Test
    void membersAreDeniedTheCallAdministration() {
        login("member@example.org");
        navigate("admin/calls");
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
        navigate("admin/calls/new");
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }

    @SuppressWarnings("unchecked")
    private void selectKind(QuestionKind kind) {
        _setValue((Select<QuestionKind>) _get(Select.class, spec -> spec.withLabel("Kind of answer")), kind);
    }

    @SuppressWarnings("unchecked")
    private Grid<AdminCallRow> grid() {
        return _get(Grid.class);
    }

    private AdminCallRow row(long id) {
        Grid<AdminCallRow> grid = grid();
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).filter(r -> r.call().id() == id)
                .findFirst().orElseThrow();
    }

    private Component actions(long id) {
        Grid<AdminCallRow> grid = grid();
        int index = IntStream.range(0, _size(grid)).filter(i -> _get(grid, i).call().id() == id).findFirst()
                .orElseThrow();
        return _getCellComponent(grid, index, "actions");
    }
}
