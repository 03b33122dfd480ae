package org.healthequity.exchange.shared.ui;

import java.time.Duration;
import java.util.UUID;
import java.util.stream.IntStream;

import org.awaitility.Awaitility;
import org.healthequity.exchange.casestudy.CaseStudyFixture;
import org.healthequity.exchange.casestudy.LibraryCard;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.search.SearchResult;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.ViewTest;
import org.healthequity.exchange.workgroup.GroupDiscussions;
import org.healthequity.exchange.workgroup.WorkgroupFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.dom.Element;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Content in a language other than the page's is marked with its own ({@code lang}, and {@code dir} for Arabic) where
 * it is shown; lines whose text changes on the page (autosave, result counts) are live regions.
 */
class ContentLanguageViewTest extends ViewTest {

    @Autowired
    private CaseStudyFixture caseStudies;

    @Autowired
    private WorkgroupFixture groups;

    @Autowired
    private GroupDiscussions discussions;

    @BeforeEach
    void setUp() {
        inAnHourOfItsOwn();
    }

    @Test
    void aFrenchCaseStudyInAnEnglishPageIsMarkedFrenchInItsTitleAndText() {
        String title = "Logement salubre " + UUID.randomUUID().toString().substring(0, 8);
        long id = caseStudies.published(CaseStudyFixture.AUTHOR,
                CaseStudyFixture.complete(title).withLanguage(Language.FRENCH));
        logout();
        navigate("case-studies/" + id);

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(marks(_get(H1.class).getElement())).isEqualTo("fr ltr");
        assertThat(_find(Div.class, spec -> spec.withClasses("rich-text"))).isNotEmpty()
                .allSatisfy(text -> assertThat(marks(text.getElement())).isEqualTo("fr ltr"));
    }

    @Test
    void anArabicCaseStudyReadsRightToLeftOnItsPageInTheLibraryOnTheHomePageAndInSearch() {
        String word = "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long id = caseStudies.published(CaseStudyFixture.AUTHOR,
                CaseStudyFixture.complete("الإسكان الصحي " + word).withLanguage(Language.ARABIC));
        logout();

        navigate("case-studies/" + id);
        assertThat(marks(_get(H1.class).getElement())).isEqualTo("ar rtl");

        navigate("");
        assertThat(_find(Anchor.class, spec -> spec.withText("الإسكان الصحي " + word)))
                .singleElement().satisfies(link -> assertThat(marks(link.getElement())).isEqualTo("ar rtl"));

        navigate("case-studies");
        @SuppressWarnings("unchecked")
        Grid<LibraryCard> library = _get(Grid.class);
        LibraryCard card = IntStream.range(0, _size(library)).mapToObj(i -> _get(library, i))
                .filter(c -> c.id() == id).findFirst().orElseThrow();
        assertThat(templateMarks(library, card)).isEqualTo("ar rtl");

        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInSameThread().untilAsserted(() -> {
            navigate("search?q=" + word);
            @SuppressWarnings("unchecked")
            Grid<SearchResult.Hit> results = _get(Grid.class);
            assertThat(_size(results)).isEqualTo(1);
            assertThat(templateMarks(results, _get(results, 0))).isEqualTo("ar rtl");
        });
    }

    @Test
    void aPostInAGroupTakesItsDirectionFromItsOwnLettersForNoLanguageIsRecorded() {
        WorkgroupFixture.Circle circle = groups.circle("Salle " + UUID.randomUUID().toString().substring(0, 6),
                Network.GKNHE, "Rania Lead", "Omar Member", "Olga Outsider");
        groups.signIn(circle.member());
        long thread = discussions.start(circle.group(), "مرحبا بالجميع", "نبدأ بجمع البيانات المصنفة حسب المنطقة.");
        groups.signOut();
        login(circle.member());
        navigate("groups/" + groups.slug(circle.group()) + "?thread=" + thread);

        assertThat(_get(H2.class, spec -> spec.withText("مرحبا بالجميع")).getElement().getAttribute("dir"))
                .isEqualTo("auto");
        assertThat(_find(Div.class, spec -> spec.withClasses("rich-text")))
                .filteredOn(text -> text.getElement().getProperty("innerHTML", "").contains("نبدأ"))
                .singleElement().satisfies(text -> {
                    assertThat(text.getElement().getAttribute("dir")).isEqualTo("auto");
                    assertThat(text.getElement().hasAttribute("lang")).isFalse();
                });
    }

    @Test
    void theSearchCountIsALiveRegionWhoseTextChangesWithTheSearch() {
        navigate("search?q=health");
        Paragraph count = _get(Paragraph.class, spec -> spec.withAttribute("role", "status"));
        assertThat(count.getElement().getAttribute("aria-live")).isEqualTo("polite");
        String before = count.getText();
        assertThat(before).isNotBlank();

        navigate("search?q=zzqqxxnothing" + UUID.randomUUID().toString().substring(0, 4));
        assertThat(_get(Paragraph.class, spec -> spec.withAttribute("role", "status"))).isSameAs(count);
        assertThat(count.getText()).isEqualTo("No results").isNotEqualTo(before);
    }

    @Test
    void theCaseStudyEditorsSaveStateIsALiveRegionThatSaysWhenTheDraftWasSaved() {
        login(CaseStudyFixture.AUTHOR);
        navigate("case-studies/new");
        Span state = _get(Span.class, spec -> spec.withClasses("save-state"));
        assertThat(state.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(state.getText()).isEmpty();

        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Said aloud when saved");
        assertThat(_get(Span.class, spec -> spec.withClasses("save-state"))).isSameAs(state);
        assertThat(state.getText()).startsWith("Draft saved at ");
    }

    /** The element's {@code lang} and {@code dir}, as "lang dir". */
    private static String marks(Element element) {
        return element.getAttribute("lang") + " " + element.getAttribute("dir");
    }

    /** What a grid's template is given for {@code lang} and {@code dir} of the item (it is drawn in the browser). */
    private static <T> String templateMarks(Grid<T> grid, T item) {
        @SuppressWarnings("unchecked")
        LitRenderer<T> renderer = (LitRenderer<T>) grid.getColumns().stream().map(Grid.Column::getRenderer)
                .filter(LitRenderer.class::isInstance).findFirst().orElseThrow();
        return renderer.getValueProviders().get("lang").apply(item) + " "
                + renderer.getValueProviders().get("dir").apply(item);
    }
}
