package org.healthequity.exchange.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.healthequity.exchange.casestudy.CaseStudyAuthoring;
import org.healthequity.exchange.casestudy.CaseStudyFixture;
import org.healthequity.exchange.moderation.Decision;
import org.healthequity.exchange.moderation.ModerationQueue;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.TestSearchSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Search over the real index: visibility, languages, facets, broken queries, snippets, rebuilds. */
class SearchIntegrationTest extends IntegrationTest {

    @Autowired
    private CaseStudyFixture caseStudyFixture;

    private static final AtomicLong IDS = new AtomicLong(1_000_000);

    @Autowired
    SearchService search;

    @Autowired
    SearchIndex index;

    @Autowired
    TestSearchSource source;

    @Autowired
    CaseStudyAuthoring authoring;

    @Autowired
    ModerationQueue queue;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private final List<Long> added = new ArrayList<>();

    @BeforeEach
    void indexIsReady() throws InterruptedException {
        index.awaitRebuild(120);
        inAnHourOfItsOwn();
    }

    @AfterEach
    void removeTestDocuments() throws InterruptedException {
        for (long id : added) {
            source.remove(id);
            index.update(TestSearchSource.TYPE, id);
        }
        index.awaitSearchable();
    }

    @Test
    void aCaseStudyIsSearchableWithinASecondOfPublicationAndGoneWhenRetracted() {
        CaseStudyFixture fixture = caseStudyFixture;
        var form = CaseStudyFixture.complete("Zanzibarian seawall housing");
        long id = fixture.published(CaseStudyFixture.AUTHOR, form);

        await().atMost(Duration.ofSeconds(1)).until(() -> total("zanzibarian") == 1);
        SearchResult result = search.search(request("zanzibarian"));
        assertThat(result.hits()).extracting(SearchResult.Hit::link).containsExactly("case-studies/" + id);

        fixture.signIn("researcher@example.org");
        queue.flag("CASE_STUDY", id, "Wrong country");
        fixture.decide(id, Decision.RETRACT, "Wrong country");
        await().atMost(Duration.ofSeconds(1)).until(() -> total("zanzibarian") == 0);
    }

    @Test
    void noUnpublishedOrPrivateItemIsEverFound() throws InterruptedException {
        CaseStudyFixture fixture = caseStudyFixture;
        fixture.draft(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Quokkaville draft"));
        fixture.submitted(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Quokkaville submitted"));
        put(Language.ENGLISH, "Quokkaville network note", "only for the monitoring network", Set.of("network:HIM"));
        put(Language.ENGLISH, "Quokkaville group note", "only for a working group", Set.of("group:7"));
        SecurityContextHolder.clearContext();

        assertThat(total("quokkaville")).isZero();
        fixture.signIn(CaseStudyFixture.AUTHOR);
        assertThat(total("quokkaville")).as("a GKNHE member sees neither the HIM note nor the group's").isZero();
        fixture.signIn("researcher@example.org");
        assertThat(search.search(request("quokkaville")).hits()).extracting(SearchResult.Hit::title)
                .containsExactly("Quokkaville network note");
        assertThat(search.suggest("quokkav", 5)).containsExactly("Quokkaville network note");
        SecurityContextHolder.clearContext();
        assertThat(search.suggest("quokkav", 5)).isEmpty();
    }

    @Test
    void eachLanguageIsAnalysedWithItsOwnAnalyser() throws InterruptedException {
        put(Language.FRENCH, "Réduire les inégalités de logement", "Les inégalités sociales de santé reculent.",
                Set.of(SearchDocument.PUBLIC));
        put(Language.SPANISH, "Viviendas saludables", "Las desigualdades en salud disminuyeron en los barrios.",
                Set.of(SearchDocument.PUBLIC));
        put(Language.ARABIC, "الإسكان الصحي في المدن", "تحسين الإسكان للأسر ذات الدخل المنخفض",
                Set.of(SearchDocument.PUBLIC));
        put(Language.CHINESE, "农村卫生不平等监测", "我们在农村地区建立了健康不平等监测系统。",
                Set.of(SearchDocument.PUBLIC));
        put(Language.RUSSIAN, "Неравенство в здоровье", "Мониторинг неравенства в здоровье в регионах страны.",
                Set.of(SearchDocument.PUBLIC));

        assertThat(titles("inégalité")).contains("Réduire les inégalités de logement");
        assertThat(titles("desigualdad")).contains("Viviendas saludables");
        assertThat(titles("الإسكان")).contains("الإسكان الصحي في المدن");
        assertThat(titles("不平等")).contains("农村卫生不平等监测");
        assertThat(titles("неравенства")).contains("Неравенство в здоровье");
    }

    @Test
    void facetsCountWhatMatchesCombiningOrWithinAndAcrossDimensions() {
        SearchResult all = search.search(new SearchRequest("", Map.of(), SearchSort.RELEVANCE, 0, 10));
        long kenya = count(all, "country", "KE");
        long housing = count(all, "theme", "HOUSING");
        assertThat(kenya).isPositive();
        assertThat(housing).isPositive();

        SearchResult inKenya = search.search(new SearchRequest("", Map.of("country", Set.of("KE")),
                SearchSort.RELEVANCE, 0, 10));
        // The total counts a family of translations once, the facets count every item (each translation).
        assertThat(inKenya.total()).isPositive().isLessThanOrEqualTo(kenya);
        assertThat(inKenya.facets().get("country")).as("other countries stay reachable")
                .extracting(SearchResult.FacetCount::value).contains("KE", "BR");
        SearchResult kenyaOrBrazil = search.search(new SearchRequest("", Map.of("country", Set.of("KE", "BR")),
                SearchSort.RELEVANCE, 0, 10));
        assertThat(kenyaOrBrazil.total()).isGreaterThan(inKenya.total());
        SearchResult kenyaAndHousing = search.search(new SearchRequest("", Map.of("country", Set.of("KE"),
                "theme", Set.of("HOUSING")), SearchSort.RELEVANCE, 0, 10));
        assertThat(kenyaAndHousing.total()).isPositive().isLessThanOrEqualTo(Math.min(inKenya.total(), housing));
        assertThat(count(kenyaAndHousing, "theme", "HOUSING")).isGreaterThanOrEqualTo(kenyaAndHousing.total());

        SearchResult.FacetCount goal3 = all.facets().get("sdg").stream().filter(f -> f.value().equals("3"))
                .findFirst().orElseThrow();
        assertThat(goal3.children()).extracting(SearchResult.FacetCount::value).allMatch(t -> t.startsWith("3."));
        SearchResult byGoal = search.search(new SearchRequest("", Map.of("sdg", Set.of("3")),
                SearchSort.RELEVANCE, 0, 10));
        assertThat(byGoal.total()).isPositive().isLessThanOrEqualTo(goal3.count());
        assertThat(count(byGoal, "sdg", "3")).isEqualTo(goal3.count());
        String target = goal3.children().getFirst().value();
        assertThat(search.search(new SearchRequest("", Map.of("sdg", Set.of(target)), SearchSort.RELEVANCE, 0,
                10)).total()).isPositive().isLessThanOrEqualTo(goal3.children().getFirst().count());
    }

    @Test
    void brokenOrHostileQueriesStillGetAnAnswer() {
        for (String query : List.of("\"unbalanced phrase", "*", "?", "title_en:housing OR (", "((((((", "-",
                "<script>alert(1)</script>", "'; drop table case_study; --", "housing OR", "x".repeat(10_000),
                "word ".repeat(2_000), "\\", "AND OR NOT", "{!lucene}*:*", "housing~2^5")) {
            SearchResult result = search.search(request(query));
            assertThat(result).as(query.length() > 40 ? query.substring(0, 40) : query).isNotNull();
        }
        assertThat(search.search(request("x".repeat(10_000))).noteKey()).isEqualTo("search.note.too-long");
        assertThat(search.search(request("*")).noteKey()).isEqualTo("search.note.nothing-to-search");
        assertThat(search.search(request("*")).total()).isPositive();
    }

    @Test
    void theSimpleSyntaxWorks() throws InterruptedException {
        put(Language.ENGLISH, "Wombat housing in islands", "wombat housing islands", Set.of(SearchDocument.PUBLIC));
        put(Language.ENGLISH, "Wombat schools", "wombat schools meals", Set.of(SearchDocument.PUBLIC));
        put(Language.ENGLISH, "Housing islands wombat", "islands of housing for a wombat",
                Set.of(SearchDocument.PUBLIC));

        assertThat(titles("wombat housing")).containsExactlyInAnyOrder("Wombat housing in islands",
                "Housing islands wombat");
        assertThat(titles("wombat -schools -islands")).isEmpty();
        assertThat(titles("wombat -housing")).containsExactly("Wombat schools");
        assertThat(titles("\"wombat housing\"")).containsExactly("Wombat housing in islands");
        assertThat(titles("wombat meals OR islands")).hasSize(3);
    }

    @Test
    void snippetsAreEscapedSoADocumentCannotInjectMarkup() throws InterruptedException {
        put(Language.ENGLISH, "Platypus <b>bold</b>", "Before <script>alert(1)</script> the platypus housing "
                + "<img src=x onerror=alert(1)> after", Set.of(SearchDocument.PUBLIC));

        SearchResult.Hit hit = search.search(request("platypus")).hits().getFirst();
        assertThat(hit.snippetHtml()).contains("<mark>platypus</mark>", "&lt;script&gt;")
                .doesNotContain("<script", "<img");
        assertThat(hit.snippetHtml().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<");
        assertThat(hit.title()).isEqualTo("Platypus <b>bold</b>");
    }

    @Test
    void misspelledWordsGetADidYouMean() {
        SearchResult result = search.search(request("housng"));
        if (result.total() == 0) {
            assertThat(result.didYouMean()).isEqualTo("housing");
        }
        assertThat(search.search(request("houzzing")).didYouMean()).isEqualTo("housing");
        assertThat(search.suggest("hou", 5)).isNotEmpty().allSatisfy(title -> assertThat(title.toLowerCase())
                .containsAnyOf("hou"));
    }

    @Test
    void similarCaseStudiesExcludeTheCaseStudyItself() {
        SearchResult.Hit first = search.search(new SearchRequest("housing", Map.of(FacetDefinition.TYPE,
                Set.of("CASE_STUDY")), SearchSort.RELEVANCE, 0, 10)).hits().getFirst();
        List<SearchResult.Hit> similar = search.similar(first.type(), first.contentId(), 5);
        assertThat(similar).isNotEmpty().extracting(SearchResult.Hit::contentId).doesNotContain(first.contentId());
    }

    @Test
    void newestFirstAndExactTotalsWithPaging() {
        SearchResult page1 = search.search(new SearchRequest("", Map.of(), SearchSort.NEWEST, 0, 5));
        SearchResult page2 = search.search(new SearchRequest("", Map.of(), SearchSort.NEWEST, 5, 5));
        // Exact: as many as paging through all of them gives (not the index's size: a profile is indexed once per
        // audience, and a visitor finds only the public variant).
        List<String> everything = new ArrayList<>();
        for (int offset = 0; offset < page1.total() + 100; offset += 100) {
            search.search(new SearchRequest("", Map.of(), SearchSort.NEWEST, offset, 100)).hits()
                    .forEach(hit -> everything.add(itemOf(hit)));
        }
        assertThat(everything).doesNotHaveDuplicates().hasSize((int) page1.total());
        assertThat(page1.hits()).extracting(SearchResult.Hit::publishedAt)
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(page1.hits().getLast().publishedAt()).isAfterOrEqualTo(page2.hits().getFirst().publishedAt());
        assertThat(page2.hits()).extracting(SearchIntegrationTest::itemOf)
                .doesNotContainAnyElementsOf(page1.hits().stream().map(SearchIntegrationTest::itemOf).toList());
    }

    @Test
    void aRebuildSwapsWhileQueriesKeepBeingAnswered() throws Exception {
        long before = search.search(request("housing")).total();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger answered = new AtomicInteger();
        List<Long> totals = Collections.synchronizedList(new ArrayList<>());
        ExecutorService readers = Executors.newFixedThreadPool(2);
        List<Future<?>> loops = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            loops.add(readers.submit(() -> {
                while (!stop.get()) {
                    totals.add(search.search(request("housing")).total());
                    answered.incrementAndGet();
                }
            }));
        }
        String generation = index.generationName();
        assertThat(index.startRebuild()).isTrue();
        index.awaitRebuild(120);
        stop.set(true);
        for (Future<?> loop : loops) {
            loop.get();
        }
        readers.shutdown();

        assertThat(index.generationName()).isNotEqualTo(generation);
        assertThat(answered.get()).isPositive();
        assertThat(totals).as("search answered throughout, never from a half-built index").containsOnly(before);
        assertThat(index.documentCount()).isEqualTo(index.expectedCount());
    }

    /** Which document a hit is: several types share ids, and a network is indexed once per language. */
    private static String itemOf(SearchResult.Hit hit) {
        return hit.type() + ":" + hit.contentId() + ":" + hit.language();
    }

    private long total(String query) {
        return search.search(request(query)).total();
    }

    private List<String> titles(String query) {
        return search.search(request(query)).hits().stream().map(SearchResult.Hit::title).toList();
    }

    private static long count(SearchResult result, String facet, String value) {
        return result.facets().getOrDefault(facet, List.of()).stream().filter(f -> f.value().equals(value))
                .mapToLong(SearchResult.FacetCount::count).findFirst().orElse(0);
    }

    private static SearchRequest request(String query) {
        return new SearchRequest(query, Map.of(), SearchSort.RELEVANCE, 0, 10);
    }

    private void put(Language language, String title, String body, Set<String> visibility)
            throws InterruptedException {
        long id = IDS.incrementAndGet();
        source.put(SearchDocument.of(TestSearchSource.TYPE, id, language, title, body, Instant.now(), "test/" + id,
                visibility).withFacet("network", List.of("GKNHE")));
        added.add(id);
        index.update(TestSearchSource.TYPE, id);
        index.awaitSearchable();
    }
}
