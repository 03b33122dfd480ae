package org.healthequity.exchange.search.ui;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.awaitility.Awaitility;
import org.healthequity.exchange.search.SearchAdministration;
import org.healthequity.exchange.search.SearchResult;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class SearchViewsViewTest extends ViewTest {

    @Autowired
    SearchAdministration administration;

    @BeforeEach
    void indexIsBuilt() throws Exception {
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> {
            login("admin@example.org");
            boolean ready = !administration.state().rebuilding();
            logout();
            return ready;
        });
    }

    @Test
    void theSearchStateLivesInTheAddressAndFacetsNarrowIt() {
        navigate("search?q=housing&theme=HOUSING");

        @SuppressWarnings("unchecked")
        Grid<SearchResult.Hit> grid = _get(Grid.class);
        assertThat(_size(grid)).isPositive();
        List<SearchResult.Hit> hits = IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).toList();
        assertThat(hits).allSatisfy(hit -> assertThat(hit.snippetHtml()).doesNotContain("<script"));
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> theme = _find(CheckboxGroup.class).stream()
                .filter(g -> "Theme".equals(g.getElement().getAttribute("aria-label"))).findFirst().orElseThrow();
        assertThat(theme.getValue()).containsExactly("HOUSING");
        int housing = _size(grid);

        // Facets are closed at first (their checkboxes come when opened), but for the chosen ones.
        _get(Details.class, spec -> spec.withClasses("facet-country"))
                .setOpened(true);
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> country = _find(CheckboxGroup.class).stream()
                .filter(g -> "Country".equals(g.getElement().getAttribute("aria-label"))).findFirst().orElseThrow();
        String first = country.getListDataView().getItems().findFirst().orElseThrow();
        _setValue(country, Set.of(first));

        String address = UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
        assertThat(address).startsWith("search?").contains("q=housing", "theme=HOUSING", "country=" + first);
        @SuppressWarnings("unchecked")
        Grid<SearchResult.Hit> narrowed = _get(Grid.class);
        assertThat(_size(narrowed)).isPositive().isLessThanOrEqualTo(housing);
    }

    @Test
    void aMisspelledSearchOffersACorrectionAndBrokenSyntaxAnAnswer() {
        navigate("search?q=houzzing");
        assertThat(_find(Anchor.class).stream().map(Anchor::getText)).contains("housing");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).as("the search was relaxed, and says so")
                .contains("No result matched your words as typed, so results for the closest spellings are shown.");

        navigate("search?q=*");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("There were no words to search for, so everything is shown.");
    }

    @Test
    void anAdministratorSeesTheIndexAndCanRebuildIt() throws Exception {
        login("admin@example.org");
        navigate("admin/search");
        _click(_get(Button.class, spec -> spec.withText("Check for stale documents")));
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(60))
                .until(() -> !administration.state().staleCheck().running());
        _get(SearchAdminView.class).refresh();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anySatisfy(text -> assertThat(text).startsWith("Consistency with the database: consistent"))
                .anySatisfy(text -> assertThat(text).startsWith("Last check for stale documents: ")
                        .contains("items compared with the database"));
        _click(_get(Button.class, spec -> spec.withText("Rebuild from the database")));
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(60))
                .until(() -> !administration.state().rebuilding());
    }
}
