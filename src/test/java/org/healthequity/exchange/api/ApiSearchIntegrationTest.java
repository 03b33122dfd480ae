package org.healthequity.exchange.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import org.healthequity.exchange.casestudy.CaseStudyFixture;
import org.healthequity.exchange.casestudy.CaseStudyForm;
import org.healthequity.exchange.casestudy.SavedDraft;
import org.healthequity.exchange.member.AccessTokens;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.moderation.Decision;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.People;
import org.healthequity.exchange.webinar.Audience;
import org.healthequity.exchange.webinar.WebinarFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.healthequity.exchange.api.ApiClient.ids;
import static org.healthequity.exchange.api.ApiClient.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Full-text search through the API: {@code /api/v1/search} with the search page's semantics, and {@code q} on the
 * case-study list. Each test searches for a made-up word of its own, so it finds only its own items; the index is
 * written after commit, so a test waits until its items are searchable.
 */
class ApiSearchIntegrationTest extends IntegrationTest {

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private CaseStudyFixture caseStudies;

    @Autowired
    private WebinarFixture webinars;

    @Autowired
    private People people;

    @Autowired
    private AccessTokens tokens;

    @Autowired
    private UserDetailsService users;

    private ApiClient api;
    private final String word = word();

    @BeforeEach
    void overHttp() {
        api = new ApiClient(context, tokens, users);
        inAnHourOfItsOwn();
    }

    @Test
    void searchAnswersFieldByFieldWithPlainSnippetsCountsAndTranslations() throws Exception {
        long original = published(word + " pilot", word + " homes & \"clinics\" <b>repaired</b>");
        long french = translation(original, word + " pilote");
        JsonNode page = searchUntil("/api/v1/search?q=" + word,
                found -> found.get("items").size() == 1 && found.get("items").get(0).get("alsoIn").size() == 1);

        assertThat(page.get("query").asString()).isEqualTo(word);
        assertThat(page.get("sort").asString()).isEqualTo("relevance");
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(10);
        assertThat(page.get("total").asLong()).as("translations count once").isEqualTo(1);
        assertThat(page.get("totalEstimated").asBoolean()).isFalse();
        assertThat(page.get("countsEstimated").asBoolean()).isFalse();
        assertThat(page.get("note").isNull()).isTrue();
        assertThat(page.get("nextPage").isNull()).isTrue();
        JsonNode hit = page.get("items").get(0);
        assertThat(hit.get("type").asString()).isEqualTo("CASE_STUDY");
        long found = hit.get("id").asLong();
        assertThat(found).isIn(original, french);
        assertThat(hit.get("title").asString()).startsWith(word);
        assertThat(hit.get("language").asString()).isIn("en", "fr");
        assertThat(hit.get("url").asString()).isEqualTo("http://localhost:8080/case-studies/" + found);
        assertThat(hit.get("publishedAt").asString()).endsWith("Z");
        assertThat(hit.get("alsoIn")).hasSize(1);
        long other = found == original ? french : original;
        assertThat(hit.get("alsoIn").get(0).get("url").asString())
                .isEqualTo("http://localhost:8080/case-studies/" + other);
        assertThat(hit.get("alsoIn").get(0).get("language").asString()).isEqualTo(found == original ? "fr" : "en");
        String snippet = hit.get("snippet").asString();
        assertThat(snippet).contains(word).doesNotContain("<mark>").doesNotContain("&amp;").doesNotContain("&quot;");
        if (found == original) {
            assertThat(snippet).contains("homes & \"clinics\"");
        }
        assertThat(page.get("facets").get("type").get(0).get("value").asString()).isEqualTo("CASE_STUDY");
        assertThat(page.get("facets").get("type").get(0).get("count").asLong()).isEqualTo(2);
        assertThat(page.get("facets").get("language").findValuesAsString("value")).contains("en", "fr");

        JsonNode inFrench = json(api.call(get("/api/v1/search?q=" + word + "&language=fr&type=CASE_STUDY")));
        assertThat(ids(inFrench)).containsExactly(french);
        assertThat(ids(json(api.call(get("/api/v1/search?q=" + word + "&type=WEBINAR"))))).isEmpty();
    }

    @Test
    void searchPagesByPageAndSizeAsTheSearchPageDoes() throws Exception {
        clock.set(Instant.parse("2031-07-01T10:00:00Z"));
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(1));
            published(word + " paged " + i, word + " summary " + i);
        }
        searchUntil("/api/v1/search?q=" + word, 3);

        JsonNode first = json(api.call(get("/api/v1/search?q=" + word + "&size=2&sort=newest")));
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("nextPage").asInt()).isEqualTo(2);
        assertThat(first.get("items").get(0).get("title").asString()).isEqualTo(word + " paged 2");
        JsonNode second = json(api.call(get("/api/v1/search?q=" + word + "&size=2&sort=newest&page=2")));
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("title").asString()).isEqualTo(word + " paged 0");
        assertThat(second.get("nextPage").isNull()).isTrue();
    }

    @Test
    void brokenOrOverlongQueriesAreStillAnsweredWithANote() throws Exception {
        long id = published(word + " syntax", "Plain summary.");
        searchUntil("/api/v1/search?q=" + word, 1);

        MockHttpServletResponse broken = api.call(get("/api/v1/search").param("q", "\"unclosed (" + word + " AND OR"));
        assertThat(broken.getStatus()).isEqualTo(200);
        assertThat(json(broken).get("items").isArray()).isTrue();

        MockHttpServletResponse long_ = api.call(get("/api/v1/search").param("q", (word + " ").repeat(60))
                .header("Accept-Language", "fr"));
        assertThat(long_.getStatus()).isEqualTo(200);
        assertThat(ids(json(long_))).containsExactly(id);
        JsonNode note = json(long_).get("note");
        assertThat(note.get("code").asString()).isEqualTo("too-long");
        assertThat(note.get("text").asString()).isNotBlank().isNotEqualTo(
                "Your search was very long, so only its beginning was used.");
    }

    @Test
    void badSearchParametersAreA400ProblemNamingTheParameter() throws Exception {
        Map<String, String> cases = new HashMap<>();
        cases.put("/api/v1/search?page=0", "page");
        cases.put("/api/v1/search?page=x", "page");
        cases.put("/api/v1/search?size=101", "size");
        cases.put("/api/v1/search?size=10&page=1001", "page");
        cases.put("/api/v1/search?sort=best", "sort");
        cases.put("/api/v1/search?country=a%20b", "country");
        cases.put("/api/v1/search?q=a&q=b", "q");
        cases.put("/api/v1/case-studies?q=" + word + "&cursor=bm90LWEtY3Vyc29y", "cursor");
        for (Map.Entry<String, String> bad : cases.entrySet()) {
            MockHttpServletResponse answer = api.call(get(bad.getKey()));
            assertThat(answer.getStatus()).as(bad.getKey()).isEqualTo(400);
            assertThat(answer.getContentType()).as(bad.getKey()).isEqualTo("application/problem+json");
            assertThat(json(answer).get("parameter").asString()).as(bad.getKey()).isEqualTo(bad.getValue());
        }
    }

    @Test
    void searchSeesWhatTheTokensMemberMaySeeAndAVisitorOnlyWhatIsPublic() throws Exception {
        clock.set(Instant.parse("2044-01-01T08:00:00Z"));
        long himOnly = webinars.scheduled(WebinarFixture.withAudience(WebinarFixture.form(word + " briefing",
                LocalDateTime.of(2044, 1, 5, 10, 0), ZoneOffset.UTC), Audience.HIM));
        String himToken = api.tokenOf(people.member("Sia Searcher", Network.HIM));
        String gknheToken = api.tokenOf(people.member("Gil Searcher", Network.GKNHE));

        JsonNode seen = searchUntil("/api/v1/search?q=" + word, 1, himToken);

        assertThat(ids(seen)).containsExactly(himOnly);
        assertThat(seen.get("items").get(0).get("url").asString()).isEqualTo("http://localhost:8080/webinars/"
                + himOnly);
        assertThat(json(api.call(get("/api/v1/search?q=" + word))).get("total").asLong()).isZero();
        assertThat(json(api.call(get("/api/v1/search?q=" + word).header("Authorization", "Bearer " + gknheToken)))
                .get("total").asLong()).isZero();
    }

    @Test
    void caseStudiesWithQAreTheBestMatchesPagedByAnOffsetCursorOfTheirOwnSearch() throws Exception {
        long strong = published(word + " " + word, word + " and " + word + " again");
        long weak = published(word + " once", "Nothing else here.");
        long third = published("Third " + word, "Plain text.");
        searchUntil("/api/v1/search?q=" + word + "&type=CASE_STUDY", 3);

        JsonNode first = json(api.call(get("/api/v1/case-studies?q=" + word + "&limit=2")));
        assertThat(ids(first)).hasSize(2).contains(strong);
        JsonNode item = first.get("items").get(0);
        assertThat(item.get("id").asLong()).isEqualTo(strong);
        assertThat(item.get("title").asString()).isEqualTo(word + " " + word);
        assertThat(item.get("countries").toString()).isEqualTo("[\"FJ\",\"TO\"]");
        String next = first.get("next").asString();
        JsonNode rest = json(api.call(get("/api/v1/case-studies?q=" + word + "&limit=2&cursor=" + next)));
        assertThat(ids(rest)).hasSize(1);
        assertThat(List.of(ids(first).get(1), ids(rest).get(0))).containsExactlyInAnyOrder(weak, third);
        assertThat(rest.get("next").isNull()).isTrue();

        assertThat(ids(json(api.call(get("/api/v1/case-studies?q=" + word + "&country=KE"))))).isEmpty();
        assertThat(api.call(get("/api/v1/case-studies?q=other&limit=2&cursor=" + next)).getStatus())
                .as("a cursor of another search").isEqualTo(400);
        assertThat(api.call(get("/api/v1/case-studies?limit=2&cursor=" + next)).getStatus())
                .as("an offset cursor in the keyset list").isEqualTo(400);
    }

    private JsonNode searchUntil(String path, int total, String... token) throws Exception {
        return searchUntil(path, page -> page.get("total").asLong() == total, token);
    }

    /** The answer once it satisfies the condition (the index is written after commit, on its own thread). */
    private JsonNode searchUntil(String path, Predicate<JsonNode> done, String... token) throws Exception {
        JsonNode[] page = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            var request = get(path);
            if (token.length > 0) {
                request.header("Authorization", "Bearer " + token[0]);
            }
            page[0] = json(api.call(request));
            return done.test(page[0]);
        });
        return page[0];
    }

    private long published(String title, String summary) {
        CaseStudyForm form = CaseStudyFixture.complete(title);
        Map<String, String> sections = new HashMap<>(form.sections());
        sections.put("summary", summary);
        long id = caseStudies.published(CaseStudyFixture.AUTHOR, new CaseStudyForm(form.network(), form.language(),
                title, sections, form.countries(), form.yearFrom(), form.yearTo(), form.themes(), form.dimensions(),
                form.sdgTargets(), form.contacts(), form.links(), form.coAuthorIds()));
        SecurityContextHolder.clearContext();
        return id;
    }

    private long translation(long original, String title) {
        CaseStudyForm english = CaseStudyFixture.complete(title);
        CaseStudyForm french = new CaseStudyForm(english.network(), Language.FRENCH, title, english.sections(),
                english.countries(), english.yearFrom(), english.yearTo(), english.themes(), english.dimensions(),
                english.sdgTargets(), "", "", List.of());
        caseStudies.signIn(CaseStudyFixture.AUTHOR);
        SavedDraft draft = caseStudies.authoring().saveDraft(null, french, -1, original);
        caseStudies.authoring().submit(draft.caseStudyId(), draft.version());
        caseStudies.decide(draft.caseStudyId(), Decision.APPROVE, null);
        SecurityContextHolder.clearContext();
        return draft.caseStudyId();
    }

    /** A made-up word no text of the portal holds. */
    private static String word() {
        StringBuilder word = new StringBuilder("qx");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.append("o").toString();
    }
}
