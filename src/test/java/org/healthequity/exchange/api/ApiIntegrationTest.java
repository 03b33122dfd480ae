package org.healthequity.exchange.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.healthequity.exchange.casestudy.CaseStudyFixture;
import org.healthequity.exchange.casestudy.CaseStudyForm;
import org.healthequity.exchange.member.AccessTokens;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.People;
import org.healthequity.exchange.webinar.Audience;
import org.healthequity.exchange.webinar.WebinarFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthequity.exchange.api.ApiClient.address;
import static org.healthequity.exchange.api.ApiClient.from;
import static org.healthequity.exchange.api.ApiClient.ids;
import static org.healthequity.exchange.api.ApiClient.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The read API as a program meets it: over HTTP through Spring Security, each answer read as JSON field by field. Each
 * request comes from a client address of its own unless a test says otherwise, so the limits per address count only
 * what that test does; data lies in years and dates no other test uses.
 */
class ApiIntegrationTest extends IntegrationTest {

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

    @Autowired
    private JdbcTemplate jdbc;

    private ApiClient api;
    private MockMvc mvc;

    @BeforeEach
    void overHttp() {
        api = new ApiClient(context, tokens, users);
        mvc = api.mvc();
    }

    @Test
    void caseStudiesArePagedWithStableCursorsNewestFirst() throws Exception {
        clock.set(Instant.parse("2030-03-01T10:00:00Z"));
        long first = published("Cursor one", 1953);
        clock.advance(Duration.ofHours(1));
        long second = published("Cursor two", 1953);
        clock.advance(Duration.ofHours(1));
        long third = published("Cursor three", 1953);

        JsonNode page = json(api.call(get("/api/v1/case-studies?year=1953&limit=2")));
        assertThat(ids(page)).containsExactly(third, second);
        JsonNode newest = page.get("items").get(0);
        assertThat(newest.get("title").asString()).isEqualTo("Cursor three");
        assertThat(newest.get("url").asString()).isEqualTo("http://localhost:8080/case-studies/" + third);
        assertThat(newest.get("language").asString()).isEqualTo("en");
        assertThat(newest.get("network").asString()).isEqualTo("GKNHE");
        assertThat(newest.get("countries").toString()).isEqualTo("[\"FJ\",\"TO\"]");
        assertThat(newest.get("themes").toString()).isEqualTo("[\"HOUSING\"]");
        assertThat(newest.get("yearFrom").asInt()).isEqualTo(1953);
        assertThat(newest.get("publishedAt").asString()).isEqualTo("2030-03-01T12:00:00Z");
        assertThat(newest.get("summary").asString()).isEqualTo("Healthy housing upgrades in outer islands.");
        assertThat(newest.has("sections")).isFalse();
        assertThat(newest.has("contacts")).isFalse();

        // A case study published meanwhile does not shift the next page.
        clock.advance(Duration.ofHours(1));
        published("Cursor four", 1953);
        JsonNode rest = json(api.call(get("/api/v1/case-studies?year=1953&limit=2&cursor=" + page.get("next").asString())));
        assertThat(ids(rest)).containsExactly(first);
        assertThat(rest.get("next").isNull()).isTrue();
    }

    @Test
    void libraryFiltersNarrowTheList() throws Exception {
        clock.set(Instant.parse("2030-04-01T10:00:00Z"));
        long housing = published("Filtered", 1954);

        assertThat(ids(json(api.call(get("/api/v1/case-studies?year=1954&theme=housing&country=FJ&network=gknhe"
                + "&language=en"))))).containsExactly(housing);
        assertThat(ids(json(api.call(get("/api/v1/case-studies?year=1954&network=HIM"))))).isEmpty();
        assertThat(ids(json(api.call(get("/api/v1/case-studies?year=1954&language=fr"))))).isEmpty();
        assertThat(ids(json(api.call(get("/api/v1/case-studies?year=1954&country=KE"))))).isEmpty();
    }

    @Test
    void oneCaseStudyCarriesItsSectionsAsPlainText() throws Exception {
        clock.set(Instant.parse("2030-05-01T10:00:00Z"));
        long id = published("Sections shown", 1955);

        JsonNode one = json(api.call(get("/api/v1/case-studies/" + id)));

        assertThat(one.get("id").asLong()).isEqualTo(id);
        assertThat(one.get("title").asString()).isEqualTo("Sections shown");
        assertThat(one.get("sections").get("summary").asString())
                .isEqualTo("Healthy housing upgrades in outer islands.");
        assertThat(one.get("sections").get("results").asString()).isEqualTo("400 homes repaired.");
        assertThat(one.get("authors").get(0).asString()).isNotBlank();
        assertThat(one.get("firstPublishedAt").asString()).isEqualTo("2030-05-01T10:00:00Z");
        assertThat(one.toString()).doesNotContain("housing@health.example");
    }

    @Test
    void anUnknownOrUnpublishedCaseStudyIsA404Problem() throws Exception {
        long submitted = caseStudies.submitted(CaseStudyFixture.AUTHOR, form("Not yet public", 1956));
        SecurityContextHolder.clearContext();

        for (String path : List.of("/api/v1/case-studies/999999999", "/api/v1/case-studies/" + submitted)) {
            MockHttpServletResponse answer = api.call(get(path));
            assertThat(answer.getStatus()).isEqualTo(404);
            assertThat(answer.getContentType()).isEqualTo("application/problem+json");
            assertThat(json(answer).get("status").asInt()).isEqualTo(404);
            assertThat(answer.getContentAsString()).doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    @Test
    void malformedParametersAreA400ProblemNamingTheParameter() throws Exception {
        List<String[]> cases = List.of(new String[] {"/api/v1/case-studies?year=abc", "year"},
                new String[] {"/api/v1/case-studies?year=10000", "year"},
                new String[] {"/api/v1/case-studies?limit=0", "limit"},
                new String[] {"/api/v1/case-studies?network=WHO", "network"},
                new String[] {"/api/v1/case-studies?language=xx", "language"},
                new String[] {"/api/v1/case-studies?theme=a%20b", "theme"},
                new String[] {"/api/v1/case-studies?cursor=not-a-cursor", "cursor"},
                new String[] {"/api/v1/case-studies/abc", "id"},
                new String[] {"/api/v1/webinars?when=tomorrow", "when"},
                new String[] {"/api/v1/webinars?audience=EVERYONE", "audience"});
        for (String[] bad : cases) {
            MockHttpServletResponse answer = api.call(get(bad[0]));
            assertThat(answer.getStatus()).as(bad[0]).isEqualTo(400);
            assertThat(answer.getContentType()).as(bad[0]).isEqualTo("application/problem+json");
            JsonNode problem = json(answer);
            assertThat(problem.get("parameter").asString()).as(bad[0]).isEqualTo(bad[1]);
            assertThat(problem.get("detail").asString()).as(bad[0]).contains(bad[1]);
            assertThat(answer.getContentAsString()).doesNotContain("Exception");
        }
    }

    @Test
    void aCursorOfAnotherListIsRefused() throws Exception {
        String webinarCursor = new Cursor("webinars-upcoming", Instant.parse("2030-01-01T00:00:00Z"), 1).encode();

        MockHttpServletResponse answer = api.call(get("/api/v1/case-studies?cursor=" + webinarCursor));

        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(json(answer).get("parameter").asString()).isEqualTo("cursor");
    }

    @Test
    void anUnchangedListAnswers304ToItsEntityTag() throws Exception {
        clock.set(Instant.parse("2030-06-01T10:00:00Z"));
        published("Tagged", 1957);
        MockHttpServletResponse first = api.call(get("/api/v1/case-studies?year=1957"));
        String tag = first.getHeader("ETag");
        assertThat(tag).startsWith("\"");

        MockHttpServletResponse again = api.call(get("/api/v1/case-studies?year=1957").header("If-None-Match", tag));
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsString()).isEmpty();

        clock.advance(Duration.ofHours(1));
        published("Tagged again", 1957);
        MockHttpServletResponse changed = api.call(get("/api/v1/case-studies?year=1957").header("If-None-Match", tag));
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getHeader("ETag")).isNotEqualTo(tag);
    }

    @Test
    void aNetworkWebinarIsVisibleWithATokenOfAMemberOfThatNetworkOnly() throws Exception {
        clock.set(Instant.parse("2041-01-01T08:00:00Z"));
        long himOnly = webinars.scheduled(WebinarFixture.withAudience(WebinarFixture.form("HIM briefing",
                LocalDateTime.of(2041, 1, 5, 10, 0), ZoneOffset.UTC), Audience.HIM));
        String himToken = api.tokenOf(people.member("Hana Him", Network.HIM));

        assertThat(ids(json(api.call(get("/api/v1/webinars?audience=HIM"))))).doesNotContain(himOnly);
        JsonNode seen = json(api.call(get("/api/v1/webinars?audience=HIM").header("Authorization", "Bearer " + himToken)));
        assertThat(ids(seen)).contains(himOnly);
        JsonNode webinar = seen.get("items").get(0);
        assertThat(webinar.get("id").asLong()).isEqualTo(himOnly);
        assertThat(webinar.get("title").asString()).isEqualTo("HIM briefing");
        assertThat(webinar.get("start").asString()).isEqualTo("2041-01-05T10:00:00Z");
        assertThat(webinar.get("end").asString()).isEqualTo("2041-01-05T11:00:00Z");
        assertThat(webinar.get("audience").asString()).isEqualTo("HIM");
        assertThat(webinar.get("network").asString()).isEqualTo("HIM");
        assertThat(webinar.get("languages").toString()).isEqualTo("[\"en\"]");
    }

    @Test
    void webinarsArePagedWithCursorsUpcomingAndPast() throws Exception {
        clock.set(Instant.parse("2043-01-01T08:00:00Z"));
        List<Long> scheduled = new ArrayList<>();
        for (int day = 5; day <= 7; day++) {
            scheduled.add(webinars.scheduled(WebinarFixture.form("Paged " + day, LocalDateTime.of(2043, 1, day, 9, 0),
                    ZoneOffset.UTC)));
        }

        JsonNode page = json(api.call(get("/api/v1/webinars?audience=PUBLIC&limit=2")));
        assertThat(ids(page)).containsExactly(scheduled.get(0), scheduled.get(1));
        JsonNode rest = json(api.call(get("/api/v1/webinars?audience=PUBLIC&limit=2&cursor="
                + page.get("next").asString())));
        assertThat(ids(rest).getFirst()).isEqualTo(scheduled.get(2));

        clock.set(Instant.parse("2043-01-07T12:00:00Z"));
        JsonNode past = json(api.call(get("/api/v1/webinars?when=past&audience=PUBLIC&limit=2")));
        assertThat(ids(past)).containsExactly(scheduled.get(2), scheduled.get(1));
        assertThat(api.call(get("/api/v1/webinars?when=upcoming&cursor=" + past.get("next").asString())).getStatus())
                .as("a cursor of past webinars does not page upcoming ones").isEqualTo(400);
    }

    @Test
    void oneWebinarCarriesTheListsFieldsAndWhatItsPageShows() throws Exception {
        clock.set(Instant.parse("2045-01-01T08:00:00Z"));
        long id = webinars.scheduled(WebinarFixture.form("Detail webinar", LocalDateTime.of(2045, 1, 5, 10, 30),
                ZoneOffset.ofHours(3)));

        JsonNode one = json(api.call(get("/api/v1/webinars/" + id)));

        JsonNode listed = json(api.call(get("/api/v1/webinars?audience=PUBLIC&limit=100"))).get("items");
        JsonNode item = null;
        for (JsonNode candidate : listed) {
            if (candidate.get("id").asLong() == id) {
                item = candidate;
            }
        }
        assertThat(item).isNotNull();
        for (String field : item.propertyNames()) {
            assertThat(one.get(field)).as(field).isEqualTo(item.get(field));
        }
        assertThat(one.get("title").asString()).isEqualTo("Detail webinar");
        assertThat(one.get("start").asString()).isEqualTo("2045-01-05T07:30:00Z");
        assertThat(one.get("zone").asString()).isEqualTo("+03:00");
        assertThat(one.get("url").asString()).isEqualTo("http://localhost:8080/webinars/" + id);
        assertThat(one.get("description").asString()).isEqualTo("About **equity**.");
        assertThat(one.get("agenda").get(0).get("at").asString()).isEqualTo("10:30");
        assertThat(one.get("agenda").get(0).get("title").asString()).isEqualTo("Welcome");
        assertThat(one.get("speakers").toString()).isEqualTo("[\"Guest Speaker\"]");
        assertThat(one.get("waitlisted").asLong()).isZero();
        assertThat(one.get("registrationOpen").asBoolean()).isTrue();
        assertThat(one.get("ended").asBoolean()).isFalse();
        assertThat(one.get("recordingUrl").isNull()).isTrue();
        assertThat(one.get("group").isNull()).isTrue();
        assertThat(one.toString()).as("the joining link is for people with a place").doesNotContain("meet.example.org");
    }

    @Test
    void networksComeWithTheirNamesInSixLanguages() throws Exception {
        JsonNode networks = json(api.call(get("/api/v1/networks")));

        JsonNode gknhe = networks.get("items").get(0);
        assertThat(gknhe.get("code").asString()).isEqualTo("GKNHE");
        assertThat(gknhe.get("name").get("en").asString()).isEqualTo("Global Knowledge Network for Health Equity");
        assertThat(gknhe.get("name").propertyNames()).containsExactlyInAnyOrder("en", "fr", "es", "ar", "ru", "zh");
        assertThat(gknhe.get("name").get("fr").asString()).isNotEqualTo(gknhe.get("name").get("en").asString());
        assertThat(networks.get("items").get(1).get("code").asString()).isEqualTo("HIM");
    }

    @Test
    void callsListOnlyPublicCalls() throws Exception {
        JsonNode calls = json(api.call(get("/api/v1/calls")));

        for (JsonNode call : calls.get("items")) {
            assertThat(call.get("status").asString()).isNotEqualTo("DRAFT");
            assertThat(call.get("closesAt").asString()).endsWith("Z");
            assertThat(call.get("url").asString()).startsWith("http://localhost:8080/calls/");
        }
    }

    @Test
    void institutionsShowTheirPublicPage() throws Exception {
        String name = People.unique("Institute of Equity");
        long id = people.institution(name, "FJ", true);

        assertThat(ids(json(api.call(get("/api/v1/institutions"))))).contains(id);
        JsonNode one = json(api.call(get("/api/v1/institutions/" + id).header("Accept-Language", "fr")));
        assertThat(one.get("name").asString()).isEqualTo(name);
        assertThat(one.get("country").asString()).isEqualTo("FJ");
        assertThat(one.get("countryName").asString()).isEqualTo("Fidji");
        assertThat(one.get("networks").toString()).isEqualTo("[\"HIM\"]");
        assertThat(one.get("url").asString()).isEqualTo("http://localhost:8080/institutions/" + id);
        assertThat(api.call(get("/api/v1/institutions/999999999")).getStatus()).isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentDescribesTheApiAndIsPublic() throws Exception {
        MockHttpServletResponse answer = api.call(get("/api/v1/openapi.json"));

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getContentType()).startsWith("application/json");
        JsonNode document = json(answer);
        assertThat(document.get("openapi").asString()).startsWith("3.");
        assertThat(document.get("paths").propertyNames()).contains("/api/v1/case-studies", "/api/v1/case-studies/{id}",
                "/api/v1/webinars", "/api/v1/webinars/{id}", "/api/v1/networks", "/api/v1/calls",
                "/api/v1/institutions", "/api/v1/institutions/{id}", "/api/v1/search");
        assertThat(document.get("paths").get("/api/v1/search").get("get").get("parameters").findValuesAsString("name"))
                .contains("q", "sort", "page", "size", "type", "country", "language");
        assertThat(document.get("paths").get("/api/v1/case-studies").get("get").get("parameters")
                .findValuesAsString("name")).contains("q", "cursor", "limit");
        assertThat(document.get("paths").propertyNames()).allMatch(path -> path.startsWith("/api/v1/"));
    }

    @Test
    void theSwaggerUiPageIsServedPublicly() throws Exception {
        MockHttpServletResponse redirect = api.call(get("/api/v1/docs"));
        assertThat(redirect.getStatus()).isEqualTo(302);
        String location = redirect.getRedirectedUrl();
        assertThat(location).contains("swagger-ui");

        MockHttpServletResponse page = api.call(get(location.replace("http://localhost", "")));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("swagger-ui");
    }

    private long published(String title, int year) {
        long id = caseStudies.published(CaseStudyFixture.AUTHOR, form(title, year));
        SecurityContextHolder.clearContext();
        return id;
    }

    private static CaseStudyForm form(String title, int year) {
        CaseStudyForm form = CaseStudyFixture.complete(title);
        return new CaseStudyForm(form.network(), form.language(), form.title(), form.sections(), form.countries(),
                year, year, form.themes(), form.dimensions(), form.sdgTargets(), form.contacts(), form.links(),
                form.coAuthorIds());
    }
}
