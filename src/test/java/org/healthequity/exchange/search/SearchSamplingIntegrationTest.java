package org.healthequity.exchange.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.TestSearchSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A broad search is counted on a sample and says so; a narrow one stays exact; and the best hits of a broad search
 * are still the best of all its matches. The tests' own content type holds {@link #ITEMS} items with a word in common,
 * more than {@link Sampling#EXACT_UP_TO}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchSamplingIntegrationTest extends IntegrationTest {

    private static final long FIRST = 5_000_000;
    private static final int ITEMS = 12_000;
    /** Items that score best for "wombatry", seen only by a group nobody in these tests belongs to. */
    private static final int HIDDEN = 20;
    private static final String HIDDEN_TOKEN = "group:sampling-test-hidden";

    @Autowired
    SearchService search;

    @Autowired
    SearchIndex index;

    @Autowired
    TestSearchSource source;

    private final List<Long> added = new ArrayList<>();

    @BeforeAll
    void manyItemsShareAWord() throws InterruptedException {
        index.awaitRebuild(120);
        SecurityContextHolder.clearContext();
        for (int i = 0; i < ITEMS; i++) {
            long id = FIRST + i;
            // Every item says "wombatry"; every third also "numbat"; forty "quoll"; one says "wombatry" in its title.
            String title = i == ITEMS / 2 ? "Wombatry wombatry: the reference" : "Item " + i;
            String body = "wombatry " + (i % 3 == 0 ? "numbat " : "") + (i < 40 ? "quoll " : "") + "in the burrow";
            source.put(TestSearchSource.item(id, Language.ENGLISH, title, body, Set.of(SearchDocument.PUBLIC))
                    .withFacet(TestSearchSource.COLOUR, List.of(i % 4 == 0 ? "ochre" : "grey")));
            index.update(TestSearchSource.TYPE, id);
            added.add(id);
        }
        for (int i = 0; i < HIDDEN; i++) {
            long id = FIRST + ITEMS + i;
            source.put(TestSearchSource.item(id, Language.ENGLISH, "Wombatry wombatry wombatry, hidden " + i,
                    "wombatry wombatry in the burrow", Set.of(HIDDEN_TOKEN)));
            index.update(TestSearchSource.TYPE, id);
            added.add(id);
        }
        index.awaitSearchable();
    }

    @AfterAll
    void removeTheItems() throws InterruptedException {
        for (long id : added) {
            source.remove(id);
            index.update(TestSearchSource.TYPE, id);
        }
        index.awaitSearchable();
    }

    @Test
    void aBroadSearchIsCountedOnASampleAndSaysItsFiguresAreEstimates() {
        SearchResult result = search.search(request("wombatry", Map.of()));

        assertThat(result.estimated()).isTrue();
        assertThat((double) result.total()).isCloseTo(ITEMS, within(ITEMS * 0.05));
        assertThat(result.total()).as("rounded to two digits").isEqualTo(Sampling.about(result.total()));
        Map<String, Long> colours = counts(result, TestSearchSource.COLOUR);
        assertThat((double) colours.get("grey")).isCloseTo(ITEMS * 0.75, within(ITEMS * 0.05));
        assertThat((double) colours.get("ochre")).isCloseTo(ITEMS * 0.25, within(ITEMS * 0.05));
    }

    @Test
    void theBestHitOfABroadSearchIsTheBestOfAllItsMatchesNotOfTheSample() {
        SearchResult result = search.search(request("wombatry", Map.of()));

        assertThat(result.hits().getFirst().title()).isEqualTo("Wombatry wombatry: the reference");
        assertThat(result.hits()).hasSize(10);
    }

    @Test
    void theItemsThatScoreBestButAreHiddenFromTheViewerNeverEnterTheTopOfABroadSearch() {
        SearchResult result = search.search(request("wombatry", Map.of()));
        SearchResult second = search.search(new SearchRequest("wombatry", Map.of(), SearchSort.RELEVANCE, 10, 10));

        assertThat(result.estimated()).isTrue();
        assertThat(result.hits()).hasSize(10).noneMatch(hit -> hit.title().contains("hidden"));
        assertThat(second.hits()).hasSize(10).noneMatch(hit -> hit.title().contains("hidden"));
        assertThat(result.hits().getFirst().title()).isEqualTo("Wombatry wombatry: the reference");
    }

    @Test
    void aNarrowSearchIsCountedExactly() {
        SearchResult result = search.search(request("quoll", Map.of()));

        assertThat(result.estimated()).isFalse();
        assertThat(result.countsEstimated()).isFalse();
        assertThat(result.total()).isEqualTo(40);
        assertThat(counts(result, TestSearchSource.COLOUR)).containsEntry("ochre", 10L).containsEntry("grey", 30L);
    }

    @Test
    void aFilterThatNarrowsABroadSearchMakesItExactAgain() {
        SearchResult result = search.search(request("wombatry quoll", Map.of(TestSearchSource.COLOUR,
                Set.of("ochre"))));

        assertThat(result.estimated()).isFalse();
        assertThat(result.total()).isEqualTo(10);
    }

    @Test
    void aBroadSearchWithABroadChoiceIsSampledTooAndCountsTheChosenFacetAsIfTheChoiceWereNotMade() {
        SearchResult result = search.search(request("wombatry", Map.of("country", Set.of("KE"))));

        assertThat(result.estimated()).isTrue();
        assertThat((double) result.total()).isCloseTo(ITEMS, within(ITEMS * 0.05));
        assertThat((double) counts(result, "country").get("KE")).isCloseTo(ITEMS, within(ITEMS * 0.05));
        assertThat((double) counts(result, TestSearchSource.COLOUR).get("grey")).isCloseTo(ITEMS * 0.75,
                within(ITEMS * 0.05));
    }

    @Test
    void aSearchNarrowedByAChoiceIsCountedExactlyButTheOtherValuesOfThatFacetOnASample() {
        SearchResult result = search.search(request("wombatry", Map.of(TestSearchSource.COLOUR, Set.of("ochre"))));

        assertThat(result.estimated()).isFalse();
        assertThat(result.total()).isEqualTo(ITEMS / 4);
        assertThat(result.countsEstimated()).isTrue();
        assertThat((double) counts(result, TestSearchSource.COLOUR).get("grey")).isCloseTo(ITEMS * 0.75,
                within(ITEMS * 0.05));
        assertThat(counts(result, "country")).containsEntry("KE", (long) ITEMS / 4);
    }

    private static SearchRequest request(String query, Map<String, Set<String>> filters) {
        return new SearchRequest(query, filters, SearchSort.RELEVANCE, 0, 10);
    }

    private static Map<String, Long> counts(SearchResult result, String facet) {
        Map<String, Long> counts = new HashMap<>();
        result.facets().getOrDefault(facet, List.of()).forEach(value -> counts.put(value.value(), value.count()));
        return counts;
    }
}
