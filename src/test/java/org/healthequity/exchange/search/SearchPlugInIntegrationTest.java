package org.healthequity.exchange.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.assertj.core.groups.Tuple;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.TestSearchSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A content type plugs into search with no change in search: the tests' own type ({@link TestSearchSource}, a test
 * bean with a facet nothing in the portal knows) is indexed, found, faceted and filtered; and what a viewer's tokens
 * do not reach never leaks, by any door.
 */
class SearchPlugInIntegrationTest extends IntegrationTest {

    private static final AtomicLong IDS = new AtomicLong(2_000_000);

    @Autowired
    SearchService search;

    @Autowired
    SearchIndex index;

    @Autowired
    TestSearchSource source;

    @Autowired
    UserDetailsService users;

    private final List<Long> added = new ArrayList<>();

    @BeforeEach
    void indexIsReady() throws InterruptedException {
        index.awaitRebuild(120);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void removeTestDocuments() throws InterruptedException {
        SecurityContextHolder.clearContext();
        for (long id : added) {
            source.remove(id);
            index.update(TestSearchSource.TYPE, id);
        }
        index.awaitSearchable();
    }

    @Test
    void aContentTypeOfItsOwnIsIndexedFoundFacetedAndFilteredWithNoChangeInSearch() throws InterruptedException {
        put("Wombatfield teal survey", "burrows counted along the river", Set.of(SearchDocument.PUBLIC),
                "teal");
        put("Wombatfield teal census", "burrows counted in the hills", Set.of(SearchDocument.PUBLIC), "teal");
        put("Wombatfield ochre notes", "burrows counted on the plain", Set.of(SearchDocument.PUBLIC), "ochre");

        assertThat(search.facets()).extracting(FacetDefinition::key).contains(TestSearchSource.COLOUR,
                FacetDefinition.TYPE, FacetDefinition.LANGUAGE);
        SearchResult found = search.search(request("wombatfield", Map.of()));
        assertThat(found.total()).isEqualTo(3);
        assertThat(found.facets().get(TestSearchSource.COLOUR)).extracting(SearchResult.FacetCount::value,
                SearchResult.FacetCount::count).containsExactly(Tuple.tuple("teal", 2L),
                        Tuple.tuple("ochre", 1L));
        assertThat(count(found, FacetDefinition.TYPE, TestSearchSource.TYPE)).isEqualTo(3);

        SearchResult tealOnly = search.search(request("wombatfield",
                Map.of(TestSearchSource.COLOUR, Set.of("teal"))));
        assertThat(tealOnly.total()).isEqualTo(2);
        assertThat(tealOnly.hits()).extracting(SearchResult.Hit::title).allMatch(t -> t.contains("teal"));
        assertThat(count(tealOnly, TestSearchSource.COLOUR, "ochre")).as("the other colour stays reachable")
                .isEqualTo(1);
        assertThat(search.search(request("wombatfield", Map.of(TestSearchSource.COLOUR, Set.of("teal"),
                FacetDefinition.TYPE, Set.of(TestSearchSource.TYPE), "sdg", Set.of("3.8")))).total())
                .as("the type's own facet combines with the shared ones").isEqualTo(2);
        assertThat(search.search(request("", Map.of(TestSearchSource.COLOUR, Set.of("ochre")))).hits())
                .extracting(SearchResult.Hit::title).containsExactly("Wombatfield ochre notes");
        assertThat(search.search(request("hills", Map.of(TestSearchSource.COLOUR, Set.of("ochre")))).total())
                .isZero();
    }

    @Test
    void aTokenNotHeldNeverLeaksInResultsCountsFacetsSuggestionsSimilarItemsOrDidYouMean()
            throws InterruptedException {
        String words = "numbat burrow survey termite mound numbat burrow survey termite mound";
        long open = put("Numbat burrow survey", words, Set.of(SearchDocument.PUBLIC), "amber");
        long hidden = put("Numbat burrow quolliferous", words + " quolliferous", Set.of("network:HIM", "group:424242"),
                "crimson");

        for (String viewer : new String[] {null, "member@example.org"}) {
            if (viewer != null) {
                Accounts.signIn(users, viewer);
            }
            String who = viewer == null ? "a visitor" : viewer + " (GKNHE, no group)";
            SearchResult result = search.search(request("numbat", Map.of()));
            assertThat(result.hits()).as(who).extracting(SearchResult.Hit::contentId).containsExactly(open);
            assertThat(result.total()).as(who).isEqualTo(1);
            assertThat(result.facets().get(TestSearchSource.COLOUR)).as(who)
                    .extracting(SearchResult.FacetCount::value).containsExactly("amber");
            assertThat(count(result, FacetDefinition.TYPE, TestSearchSource.TYPE)).as(who).isEqualTo(1);
            assertThat(search.search(request("", Map.of(TestSearchSource.COLOUR, Set.of("crimson")))).total())
                    .as(who).isZero();
            assertThat(search.search(request("quolliferous", Map.of())).total()).as(who).isZero();
            assertThat(search.search(request("quoliferous", Map.of())).didYouMean()).as(who).isNull();
            assertThat(search.suggest("numbat bur", 5)).as(who).containsExactly("Numbat burrow survey");
            assertThat(search.suggest("numbat quol", 5)).as(who).isEmpty();
            assertThat(search.similar(TestSearchSource.TYPE, open, 5)).as(who)
                    .extracting(SearchResult.Hit::contentId).doesNotContain(hidden);
            assertThat(search.similar(TestSearchSource.TYPE, hidden, 5)).as(who).isEmpty();
        }

        Accounts.signIn(users, "researcher@example.org");
        assertThat(search.search(request("numbat", Map.of())).total()).as("a holder of the token sees it")
                .isEqualTo(2);
        assertThat(search.search(request("quoliferous", Map.of())).didYouMean()).isEqualTo("quolliferous");
        assertThat(search.suggest("numbat quol", 5)).containsExactly("Numbat burrow quolliferous");
        assertThat(search.similar(TestSearchSource.TYPE, open, 5)).extracting(SearchResult.Hit::contentId)
                .contains(hidden);
    }

    private static long count(SearchResult result, String facet, String value) {
        return result.facets().getOrDefault(facet, List.of()).stream().filter(f -> f.value().equals(value))
                .mapToLong(SearchResult.FacetCount::count).findFirst().orElse(0);
    }

    private static SearchRequest request(String query, Map<String, Set<String>> filters) {
        return new SearchRequest(query, filters, SearchSort.RELEVANCE, 0, 10);
    }

    private long put(String title, String body, Set<String> visibility, String colour) throws InterruptedException {
        long id = IDS.incrementAndGet();
        source.put(TestSearchSource.item(id, Language.ENGLISH, title, body, visibility)
                .withFacet(TestSearchSource.COLOUR, List.of(colour)));
        added.add(id);
        index.update(TestSearchSource.TYPE, id);
        index.awaitSearchable();
        return id;
    }
}
