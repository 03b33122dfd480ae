package org.healthequity.exchange.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.TestSearchSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relevance set ({@code search/relevance.txt}): a small known corpus in the six languages, indexed as the tests'
 * own type and searched alone, and what each query must find: the language bridge by theme, region, country and SDG
 * in each language, English spelling variants, relaxation, and translations shown as one result. Then the attacks:
 * none of these doors shows an item, a translation or a word the viewer may not see.
 */
class SearchRelevanceIntegrationTest extends IntegrationTest {

    private static final long BASE = 3_000_000;
    private static final int TOP = 5;

    @Autowired
    SearchService search;

    @Autowired
    SearchIndex index;

    @Autowired
    TestSearchSource source;

    @Autowired
    UserDetailsService users;

    @Autowired
    Translations translations;

    private final List<Long> added = new ArrayList<>();

    @BeforeEach
    void indexIsReady() throws InterruptedException {
        index.awaitRebuild(120);
    }

    @AfterEach
    void removeTestDocuments() throws InterruptedException {
        for (long id : added) {
            source.remove(id);
            index.update(TestSearchSource.TYPE, id);
        }
        index.awaitSearchable();
    }

    @TestFactory
    Stream<DynamicTest> everyExpectationOfTheRelevanceSetHolds() throws IOException, InterruptedException {
        List<String[]> expectations = new ArrayList<>();
        for (String line : relevanceSet()) {
            String[] fields = line.split("\\|", -1);
            if (fields[0].equals("item")) {
                put(Long.parseLong(fields[1]), Language.ofCode(fields[2]).orElseThrow(), fields[3], fields[4],
                        facets(fields[5]), fields[6], Set.of(SearchDocument.PUBLIC));
            } else {
                expectations.add(fields);
            }
        }
        return expectations.stream().map(e -> DynamicTest.dynamicTest(e[0] + " " + e[1] + " → " + e[2],
                () -> check(e[0], e[1], e[2])));
    }

    @Test
    void aConceptNamedInAnyLanguageFindsNoItemHiddenFromTheViewer() throws InterruptedException {
        put(101, Language.ENGLISH, "Coastal erosion survey", "Sea walls were mapped along the shore.",
                Map.of("country", List.of("NZ")), "", Set.of("network:HIM"));
        put(102, Language.ENGLISH, "Island clinics", "Clinics on the islands were counted.",
                Map.of("country", List.of("NZ")), "", Set.of(SearchDocument.PUBLIC));

        for (String query : List.of("New Zealand", "Nouvelle-Zélande", "Nueva Zelandia", "新西兰", "Новая Зеландия")) {
            SearchResult found = search.search(request(query));
            assertThat(found.hits()).as(query).extracting(SearchResult.Hit::contentId).containsExactly(BASE + 102);
            assertThat(found.total()).as(query).isEqualTo(1);
        }
        Accounts.signIn(users, "researcher@example.org");
        assertThat(search.search(request("New Zealand")).total()).as("a holder of the token").isEqualTo(2);
    }

    @Test
    void aTranslationHiddenFromTheViewerIsNeitherNamedNorCounted() throws InterruptedException {
        put(201, Language.ENGLISH, "Wombatvale clean air zones", "Traffic was restricted near schools.", Map.of(),
                "wombatvale", Set.of(SearchDocument.PUBLIC));
        put(202, Language.FRENCH, "Wombatvale zones à faibles émissions", "La circulation a été limitée.",
                Map.of(), "wombatvale", Set.of("network:HIM"));

        SearchResult visitor = search.search(request("wombatvale"));
        assertThat(visitor.hits()).extracting(SearchResult.Hit::contentId).containsExactly(BASE + 201);
        assertThat(visitor.hits().getFirst().alsoIn()).isEmpty();
        assertThat(visitor.total()).isEqualTo(1);

        Accounts.signIn(users, "researcher@example.org");
        SearchResult member = search.search(request("wombatvale"));
        assertThat(member.total()).isEqualTo(1);
        assertThat(member.hits()).hasSize(1);
        assertThat(member.hits().getFirst().alsoIn()).extracting(SearchResult.Translation::language)
                .containsExactly(member.hits().getFirst().contentId() == BASE + 201 ? "fr" : "en");
    }

    @Test
    void relaxingAndCorrectingNeverOfferAWordOnlyAHiddenItemHolds() throws InterruptedException {
        put(301, Language.ENGLISH, "Quokka survey", "Quokkas were counted on the island.", Map.of(), "",
                Set.of(SearchDocument.PUBLIC));
        put(302, Language.ENGLISH, "Quokka notes", "The body holds the secret word zarquonflux.", Map.of(), "",
                Set.of("network:HIM"));

        assertThat(search.search(request("zarquonflux")).total()).isZero();
        SearchResult misspelt = search.search(request("zarquonflix"));
        assertThat(misspelt.total()).isZero();
        assertThat(misspelt.didYouMean()).isNull();
        SearchResult relaxed = search.search(request("quokka zarquonflux"));
        assertThat(relaxed.noteKey()).isEqualTo("search.note.relaxed-any-word");
        assertThat(relaxed.hits()).extracting(SearchResult.Hit::contentId).containsExactly(BASE + 301);
        assertThat(relaxed.total()).isEqualTo(1);

        Accounts.signIn(users, "researcher@example.org");
        SearchResult corrected = search.search(request("zarquonflix"));
        assertThat(corrected.didYouMean()).as("a word of a body the viewer may see").isEqualTo("zarquonflux");
        assertThat(corrected.noteKey()).isEqualTo("search.note.relaxed-spelling");
        assertThat(corrected.hits()).extracting(SearchResult.Hit::contentId).containsExactly(BASE + 302);
    }

    @Test
    void aCloserWordOnlyAHiddenItemHoldsLeavesTheCorrectionToAFartherVisibleOne() throws InterruptedException {
        put(311, Language.ENGLISH, "Quoll notes", "The body holds the secret word vorpalquix.", Map.of(), "",
                Set.of("network:HIM"));
        put(312, Language.ENGLISH, "Quoll survey", "Quolls were counted near vurpulquix.", Map.of(), "",
                Set.of(SearchDocument.PUBLIC));

        SearchResult corrected = search.search(request("vorpolquix"));
        assertThat(corrected.didYouMean()).as("one edit away, but hidden: two edits away, visible")
                .isEqualTo("vurpulquix");
        assertThat(corrected.hits()).extracting(SearchResult.Hit::contentId).containsExactly(BASE + 312);

        Accounts.signIn(users, "researcher@example.org");
        assertThat(search.search(request("vorpolquix")).didYouMean()).as("a member sees the closer word")
                .isEqualTo("vorpalquix");
    }

    @Test
    void typeIsAFacetNamedInTheSixLanguages() {
        FacetDefinition type = search.facets().getFirst();
        assertThat(type.key()).isEqualTo(FacetDefinition.TYPE);
        Set<String> names = new HashSet<>();
        for (Language language : Language.values()) {
            String name = type.labels().label("CASE_STUDY", language.locale(), key -> translations.get(key, language));
            assertThat(name).as(language.code()).doesNotStartWith("!");
            names.add(name);
        }
        assertThat(names).as("a name of its own in each language").hasSize(Language.values().length);
    }

    @Test
    void brokenSyntaxAroundConceptsStillAnswers() throws InterruptedException {
        put(401, Language.ENGLISH, "Wombatridge housing", "Homes were insulated.", Map.of("region", List.of("EMR")),
                "", Set.of(SearchDocument.PUBLIC));
        for (String query : List.of("\"Eastern Mediterranean", "Eastern Mediterranean\" -", "(Eastern OR",
                "-Eastern Mediterranean", "region:EMR", "* Eastern", "Eastern ".repeat(2_000),
                "\"Eastern Mediterranean\" OR Kenya")) {
            assertThat(search.search(request(query))).as(query).isNotNull();
        }
        assertThat(search.search(request("\"Eastern Mediterranean\" OR Kenya")).hits())
                .extracting(SearchResult.Hit::contentId).contains(BASE + 401);
        assertThat(search.search(request("wombatridge -\"Eastern Mediterranean\"")).total()).as("excluded concept")
                .isZero();
    }

    private void check(String kind, String query, String expected) {
        SearchResult result = search.search(request(query));
        List<Long> ids = Arrays.stream(expected.split(",")).filter(s -> !s.isBlank())
                .map(s -> s.startsWith("search.") ? 0 : BASE + Long.parseLong(s.strip())).toList();
        switch (kind) {
            case "top" -> {
                List<Long> top = result.hits().stream().limit(TOP).flatMap(this::itemsOf).toList();
                assertThat(top).as(query + ": " + titles(result)).containsAll(ids);
            }
            case "none" -> assertThat(result.hits().stream().flatMap(this::itemsOf).toList()).as(query)
                    .doesNotContainAnyElementsOf(ids);
            case "note" -> assertThat(result.noteKey()).as(query).isEqualTo(expected);
            case "one" -> assertThat(result.hits()).as(query + ": " + titles(result))
                    .filteredOn(hit -> itemsOf(hit).anyMatch(ids::contains)).singleElement()
                    .satisfies(hit -> assertThat(itemsOf(hit).toList()).containsExactlyInAnyOrderElementsOf(ids));
            case "total" -> assertThat(result.total()).as(query).isEqualTo(Long.parseLong(expected));
            default -> throw new IllegalArgumentException("Unknown expectation " + kind);
        }
    }

    /** The hit's item and its translations, by content id (a translation's link is "test/<id>"). */
    private Stream<Long> itemsOf(SearchResult.Hit hit) {
        return Stream.concat(Stream.of(hit.contentId()), hit.alsoIn().stream()
                .map(t -> Long.parseLong(t.link().substring(t.link().lastIndexOf('/') + 1))));
    }

    private static List<String> titles(SearchResult result) {
        return result.hits().stream().map(SearchResult.Hit::title).toList();
    }

    private static SearchRequest request(String query) {
        return new SearchRequest(query, Map.of(FacetDefinition.TYPE, Set.of(TestSearchSource.TYPE)),
                SearchSort.RELEVANCE, 0, 10);
    }

    private static Map<String, List<String>> facets(String text) {
        Map<String, List<String>> facets = new LinkedHashMap<>();
        for (String facet : text.split(";")) {
            if (!facet.isBlank()) {
                String[] keyValues = facet.split("=", 2);
                facets.put(keyValues[0], List.of(keyValues[1].split(",")));
            }
        }
        return facets;
    }

    private void put(long id, Language language, String title, String body, Map<String, List<String>> facets,
            String family, Set<String> visibility) throws InterruptedException {
        long contentId = BASE + id;
        SearchDocument item = SearchDocument.of(TestSearchSource.TYPE, contentId, language, title, body,
                Instant.parse("2026-01-01T00:00:00Z"), "test/" + contentId, visibility);
        for (Map.Entry<String, List<String>> facet : facets.entrySet()) {
            item = item.withFacet(facet.getKey(), facet.getValue());
        }
        source.put(family.isBlank() ? item : item.withGroup(TestSearchSource.TYPE + ":" + family));
        added.add(contentId);
        index.update(TestSearchSource.TYPE, contentId);
        index.awaitSearchable();
    }

    private static List<String> relevanceSet() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                SearchRelevanceIntegrationTest.class.getResourceAsStream("/search/relevance.txt"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
    }
}
