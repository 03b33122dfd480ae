package org.healthequity.exchange.casestudy.ui;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.healthequity.exchange.casestudy.CaseStudyAuthoring;
import org.healthequity.exchange.casestudy.CaseStudyFixture;
import org.healthequity.exchange.casestudy.CaseStudyLibrary;
import org.healthequity.exchange.casestudy.CaseStudyStatus;
import org.healthequity.exchange.casestudy.LibraryCard;
import org.healthequity.exchange.casestudy.LibraryFilter;
import org.healthequity.exchange.casestudy.MyCaseStudy;
import org.healthequity.exchange.moderation.QueueItem;
import org.healthequity.exchange.moderation.ui.ModerationView;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class CaseStudyViewsViewTest extends ViewTest {

    @Autowired
    CaseStudyAuthoring authoring;

    @Autowired
    CaseStudyLibrary library;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    private CaseStudyFixture fixture;

    @BeforeEach
    void setUp() {
        inAnHourOfItsOwn();
    }

    @Test
    void visitorsBrowseAndFilterTheLibrary() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long housing = fixture.published(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Housing " + tag));
        long coverage = fixture.published(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Coverage " + tag)
                .withThemes(List.of("UNIVERSAL_HEALTH_COVERAGE")));
        logout();
        navigate("case-studies");
        @SuppressWarnings("unchecked")
        Grid<LibraryCard> grid = _get(Grid.class);
        assertThat(ids(grid)).contains(housing, coverage);
        @SuppressWarnings("unchecked")
        ComboBox<String> theme = _get(ComboBox.class, spec -> spec.withLabel("Theme"));
        _setValue(theme, "HOUSING");
        List<LibraryCard> found = IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).toList();
        assertThat(found).allSatisfy(card -> assertThat(card.themes()).contains("HOUSING"));
        assertThat(ids(grid)).contains(housing).doesNotContain(coverage);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Year covered")), 1990);
        assertThat(_size(grid)).isZero();
        assertThat(_find(Button.class, spec -> spec.withText("Write a case study"))).isEmpty();
    }

    @Test
    void aCaseStudyPageShowsItsTextAuthorsAndCitationSafely() {
        LibraryCard card = library.page(LibraryFilter.none(), 0, 1).getFirst();
        navigate("case-studies/" + card.id());

        assertThat(_get(H1.class).getText()).isEqualTo(card.title());
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anySatisfy(text -> assertThat(text).contains("Health Equity Exchange", "/case-studies/" + card.id()));
        List<Div> texts = _find(Div.class, spec -> spec.withClasses("rich-text"));
        assertThat(texts).isNotEmpty().allSatisfy(div -> assertThat(div.getElement().getProperty("innerHTML"))
                .doesNotContain("<script"));
        assertThat(_find(Button.class, spec -> spec.withText("Edit"))).isEmpty();
    }

    @Test
    void anAuthorWritesAndSubmitsACaseStudyThatSavesItself() {
        login(CaseStudyFixture.AUTHOR);
        navigate("case-studies/new");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Autosaved housing story");
        assertThat(authoring.myCaseStudies()).extracting(MyCaseStudy::title).contains("Autosaved housing story");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Summary")), "A summary.");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Objectives")), "Objectives.");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Implementation")), "How.");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Results and impact")), "Results.");
        _click(_get(Button.class, spec -> spec.withText("Submit for review")));

        TextArea lessons = _get(TextArea.class, spec -> spec.withLabel("Lessons learned"));
        assertThat(lessons.isInvalid()).isTrue();
        assertThat(lessons.getErrorMessage()).isEqualTo("Required to submit");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Summary")).getValue()).isEqualTo("A summary.");

        _setValue(lessons, "Lessons.");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("From year")), 2021);
        var countries = _get(MultiSelectComboBox.class,
                spec -> spec.withLabel("Countries"));
        @SuppressWarnings("unchecked")
        var countryBox = (MultiSelectComboBox<org.healthequity.exchange.member
                .CountryRef>) countries;
        _setValue(countryBox, Set.of(countryBox.getListDataView().getItems()
                .filter(c -> c.iso2().equals("IN")).findFirst().orElseThrow()));
        @SuppressWarnings("unchecked")
        var themes = (MultiSelectComboBox<String>) _get(
                MultiSelectComboBox.class, spec -> spec.withLabel("Themes"));
        _setValue(themes, Set.of("URBAN_PLANNING"));
        _click(_get(Button.class, spec -> spec.withText("Submit for review")));

        assertThat(currentView()).isEqualTo(MyCaseStudiesView.class);
        @SuppressWarnings("unchecked")
        Grid<MyCaseStudy> mine = _get(Grid.class);
        assertThat(IntStream.range(0, _size(mine)).mapToObj(i -> _get(mine, i)))
                .anySatisfy(row -> assertThat(row.title()).isEqualTo("Autosaved housing story"));
        assertThat(authoring.myCaseStudies()).filteredOn(c -> c.title().equals("Autosaved housing story"))
                .extracting(MyCaseStudy::status).containsExactly(CaseStudyStatus.SUBMITTED);

        long id = authoring.myCaseStudies().stream().filter(c -> c.title().equals("Autosaved housing story"))
                .findFirst().orElseThrow().id();
        navigate("case-studies/" + id + "/edit");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Title")).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withText("Save draft"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withText("Withdraw from review")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Title")).isReadOnly()).isFalse();
    }

    @Test
    void theSecretariatApprovesFromTheQueue() {
        long id = fixture.submitted(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Queue approval"));
        long item = fixture.openItem(id);
        login(CaseStudyFixture.SECRETARIAT);
        navigate("moderation");
        assertThat(currentView()).isEqualTo(ModerationView.class);
        @SuppressWarnings("unchecked")
        Grid<QueueItem> grid = _get(Grid.class);
        int row = IntStream.range(0, _size(grid)).filter(i -> _get(grid, i).id() == item).findFirst().orElseThrow();

        Component actions = _getCellComponent(grid, row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("Decide")));
        _click(_get(Button.class, spec -> spec.withText("Approve and publish")));

        logout();
        assertThat(library.caseStudy(id)).hasValueSatisfying(page -> assertThat(page.live()).isTrue());
    }

    @Test
    void aMemberReportsAPublishedCaseStudy() {
        long id = fixture.published(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("To be reported"));
        login("researcher@example.org");
        navigate("case-studies/" + id);

        _click(_get(Button.class, spec -> spec.withText("Report to the secretariat")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Reason")), "Outdated figures.");
        _click(_get(Button.class, spec -> spec.withText("Send report")));

        assertThat(jdbc.queryForObject("select reason from moderation_item where kind = 'FLAG' and content_id = ?",
                String.class, id)).isEqualTo("Outdated figures.");
    }

    @Test
    void authorsCompareVersionsAndOthersSeeNothing() {
        long id = fixture.published(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Versioned"));
        fixture.signIn(CaseStudyFixture.AUTHOR);
        var live = authoring.edit(id);
        var form = live.form();
        authoring.saveDraft(id, form.withTitle("Versioned again").withCoAuthorIds(List.of()), -1, null);
        login(CaseStudyFixture.AUTHOR);
        navigate("case-studies/" + id + "/versions");
        assertThat(_find(Span.class, spec -> spec.withClasses("diff-added")).stream().map(Span::getText))
                .anySatisfy(text -> assertThat(text).contains("again"));

        login("researcher@example.org");
        navigate("case-studies/" + id + "/versions");
        assertThat(_get(H1.class).getText()).isEqualTo("Case study not found");
        navigate("case-studies/" + id + "/edit");
        assertThat(_find(TextField.class, spec -> spec.withLabel("Title"))).isEmpty();
    }

    @Test
    void theHomePageListsOnlyPublishedCaseStudies() {
        long draft = fixture.draft(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Home draft")).caseStudyId();
        logout();
        navigate("about");
        List<String> links = _find(Anchor.class).stream().map(Anchor::getHref).toList();
        assertThat(links).contains("case-studies/" + library.latest(1).getFirst().id())
                .doesNotContain("case-studies/" + draft);
    }

    private static List<Long> ids(Grid<LibraryCard> grid) {
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i).id()).toList();
    }
}
