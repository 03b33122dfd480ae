package org.healthequity.exchange.search;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.TestSearchSource;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The facet panel as the facet definitions make it: top values first, the rest when asked, old addresses kept. */
class SearchFacetsViewTest extends ViewTest {

    private static final AtomicLong IDS = new AtomicLong(3_000_000);

    @Autowired
    SearchIndex index;

    @Autowired
    TestSearchSource source;

    private long id;

    @BeforeEach
    void anItemOfTheTestType() throws InterruptedException {
        index.awaitRebuild(120);
        id = IDS.incrementAndGet();
        source.put(TestSearchSource.item(id, Language.ENGLISH, "Echidnaford clinic", "a clinic by the dunes",
                Set.of(SearchDocument.PUBLIC)).withFacet(TestSearchSource.COLOUR, List.of("teal")));
        index.update(TestSearchSource.TYPE, id);
        index.awaitSearchable();
    }

    @AfterEach
    void removeIt() throws InterruptedException {
        source.remove(id);
        index.update(TestSearchSource.TYPE, id);
        index.awaitSearchable();
    }

    @Test
    void aHierarchyShowsItsTopLevelFirstAndTheLevelsBelowOnlyWhenAsked() {
        navigate("search?q=echidnaford");

        assertThat(_find(CheckboxGroup.class)).as("a facet closed at first has no checkboxes yet").isEmpty();
        open("sdg");
        CheckboxGroup<String> sdg = group("SDG goal and target");
        assertThat(sdg.getListDataView().getItems()).containsExactly("3");
        _click(_get(Button.class, spec -> spec.withText("Show all (2)")));
        assertThat(sdg.getListDataView().getItems()).containsExactly("3", "3.8");
        open("type");
        assertThat(group("Type").getListDataView().getItems()).as("the type facet is shown")
                .containsExactly(TestSearchSource.TYPE);
    }

    @Test
    void oldAddressesAndAFacetOfAPluggedInTypeFilterThePage() {
        navigate("search?q=echidnaford&sdg=3.8&country=KE");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("1 result");
        assertThat(group("SDG goal and target").getValue()).containsExactly("3.8");
        assertThat(group("Country").getValue()).as("a chosen facet is open").containsExactly("KE");

        navigate("search?q=echidnaford&colour=ochre");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("No results");
    }

    private static void open(String facet) {
        _get(Details.class, spec -> spec.withClasses("facet-" + facet)).setOpened(true);
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<String> group(String label) {
        return _find(CheckboxGroup.class).stream()
                .filter(g -> label.equals(g.getElement().getAttribute("aria-label"))).findFirst().orElseThrow();
    }
}
