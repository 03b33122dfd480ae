package org.healthequity.exchange.opencall;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.ReferenceFacets;
import org.healthequity.exchange.opencall.CallDefinition.Declaration;
import org.healthequity.exchange.search.SearchRequest;
import org.healthequity.exchange.search.SearchResult;
import org.healthequity.exchange.search.SearchService;
import org.healthequity.exchange.search.SearchSort;
import org.healthequity.exchange.search.SearchSource;
import org.healthequity.exchange.support.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Open calls in the one search: found by everyone from the moment they open (by title, description, terms and the
 * eligibility declarations), still found while closed or decided, as their page is public then; a draft never, and an
 * archived call no more.
 */
class CallSearchIntegrationTest extends IntegrationTest {

    /** Time for the change feed to reach the index (about a tenth of a second; generous on a busy machine). */
    private static final Duration FEED = Duration.ofSeconds(20);

    @Autowired
    OpenCallFixture fixture;

    @Autowired
    CallAdministration administration;

    @Autowired
    SearchService search;

    @Autowired
    List<SearchSource> sources;

    @Test
    void openCallIsFoundByEveryoneByItsTitleDescriptionTermsAndEligibility() {
        String title = word();
        String about = word();
        String terms = word();
        String declaration = word();
        long id = opened(call(title, about, terms, declaration));

        await().pollInSameThread().atMost(FEED).until(() -> ids(title).contains(id));
        assertThat(search.search(request(title)).hits()).singleElement().satisfies(hit -> {
            assertThat(hit.type()).isEqualTo(CallSearchSource.TYPE);
            assertThat(hit.link()).isEqualTo("calls/" + id);
        });
        assertThat(ids(about)).as("description").containsExactly(id);
        assertThat(ids(terms)).as("terms").containsExactly(id);
        assertThat(ids(declaration)).as("eligibility").containsExactly(id);
        SearchResult faceted = search.search(request(title));
        assertThat(values(faceted, ReferenceFacets.NETWORK)).containsExactly(Network.HIM.name());
        assertThat(values(faceted, ReferenceFacets.REGION)).containsExactlyInAnyOrder("AFR", "EMR");
        assertThat(search.search(new SearchRequest(title, Map.of(ReferenceFacets.REGION, Set.of("EUR")),
                SearchSort.RELEVANCE, 0, 10)).total()).as("not a call for Europe").isZero();
        fixture.signIn(fixture.applicant("Ines Applicant"));
        assertThat(ids(title)).as("a signed-in applicant").containsExactly(id);
    }

    @Test
    void draftCallIsNeverFoundByAnyoneNotEvenTheSecretariat() {
        String draft = word();
        long draftId = saved(call(draft, word(), word(), word()));
        assertThat(source().find(draftId)).isEmpty();

        // The feed is applied in order: once a later call is found, the draft's change has been applied too.
        String later = word();
        long laterId = opened(call(later, word(), word(), word()));
        await().pollInSameThread().atMost(FEED).until(() -> ids(later).contains(laterId));
        for (String viewer : new @Nullable String[] {null, fixture.applicant("Dana Applicant"),
                OpenCallFixture.SECRETARIAT}) {
            signInOrOut(viewer);
            String who = viewer == null ? "a visitor" : viewer;
            assertThat(search.search(request(draft)).total()).as(who).isZero();
            assertThat(search.suggest(draft, 5)).as(who).isEmpty();
            assertThat(search.similar(CallSearchSource.TYPE, draftId, 5)).as(who).isEmpty();
        }
    }

    @Test
    void closedAndDecidedCallsStayFoundAndAnArchivedOneLeaves() {
        String title = word();
        long id = opened(call(title, word(), word(), word()));
        await().pollInSameThread().atMost(FEED).until(() -> ids(title).contains(id));

        fixture.close(id);
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        administration.markDecided(id);
        SecurityContextHolder.clearContext();
        assertThat(source().find(id)).isPresent();
        assertThat(ids(title)).containsExactly(id);

        fixture.signIn(OpenCallFixture.SECRETARIAT);
        administration.archive(id);
        SecurityContextHolder.clearContext();
        await().pollInSameThread().atMost(FEED).until(() -> ids(title).isEmpty());
        assertThat(source().find(id)).isEmpty();
    }

    @Test
    void editedOpenCallIsFoundByItsNewTextsOnly() {
        String before = word();
        String after = word();
        long id = opened(call(before, word(), word(), word()));
        await().pollInSameThread().atMost(FEED).until(() -> ids(before).contains(id));

        fixture.signIn(OpenCallFixture.SECRETARIAT);
        CallAdministration.EditableCall editable = administration.edit(id);
        CallForm form = editable.form();
        administration.save(id, editable.version(), new CallForm(form.network(), form.cycle(), after + " renamed call",
                form.description(), form.terms(), form.timeZone(), form.opens(), form.closes(), form.definition()));
        SecurityContextHolder.clearContext();

        await().pollInSameThread().atMost(FEED).until(() -> ids(after).contains(id));
        assertThat(ids(before)).isEmpty();
    }

    @Test
    void demoCallsAreInSearch() {
        assertThat(source().count()).isPositive();
        await().pollInSameThread().atMost(FEED).until(() -> search.search(request(
                "\"Health Inequality Monitoring Network: Open Call for Applications\"")).hits().stream()
                .anyMatch(hit -> hit.type().equals(CallSearchSource.TYPE)));
    }

    private CallForm call(String title, String about, String terms, String declaration) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), OpenCallFixture.ZONE).withSecond(0).withNano(0);
        CallDefinition base = OpenCallFixture.definition();
        CallDefinition definition = new CallDefinition(new CallDefinition.Eligibility(
                base.eligibility().institutionTypes(), Set.of("AFR", "EMR"), Set.of(),
                List.of(new Declaration("commitment", Texts.english("We commit to " + declaration + " reporting")))),
                base.questions(), base.attachments(), base.rubric());
        return new CallForm(Network.HIM, OpenCallFixture.nextCycle(), title + " call for applications",
                "A call about **" + about + "** monitoring.", "Terms on " + terms + " data.",
                OpenCallFixture.ZONE.getId(), now.minusDays(1).withHour(12), now.plusDays(30).withHour(12),
                definition);
    }

    private long saved(CallForm form) {
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        long id = administration.save(null, 0, form).id();
        SecurityContextHolder.clearContext();
        return id;
    }

    private long opened(CallForm form) {
        long id = saved(form);
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        administration.open(id);
        SecurityContextHolder.clearContext();
        return id;
    }

    private SearchSource source() {
        return sources.stream().filter(s -> s.type().equals(CallSearchSource.TYPE)).findFirst().orElseThrow();
    }

    private List<Long> ids(String query) {
        return search.search(request(query)).hits().stream().map(SearchResult.Hit::contentId).toList();
    }

    private static List<String> values(SearchResult result, String facet) {
        return result.facets().getOrDefault(facet, List.of()).stream().map(SearchResult.FacetCount::value).toList();
    }

    private void signInOrOut(@Nullable String email) {
        if (email == null) {
            SecurityContextHolder.clearContext();
        } else {
            fixture.signIn(email);
        }
    }

    private static SearchRequest request(String query) {
        return new SearchRequest(query, Map.of(), SearchSort.RELEVANCE, 0, 10);
    }

    /** A word no other test or demo item has: letters only, so every analyser keeps it whole. */
    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
