package org.healthequity.exchange.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.healthequity.exchange.casestudy.CaseStudyFixture;
import org.healthequity.exchange.member.AccessTokens;
import org.healthequity.exchange.member.CreatedAccessToken;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.TokenScope;
import org.healthequity.exchange.shared.security.Hashes;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.People;
import org.healthequity.exchange.webinar.Audience;
import org.healthequity.exchange.webinar.WebinarFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthequity.exchange.api.ApiClient.address;
import static org.healthequity.exchange.api.ApiClient.from;
import static org.healthequity.exchange.api.ApiClient.ids;
import static org.healthequity.exchange.api.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Attacks on the read API's door: tokens that should no longer work, tokens that should not see more than their member,
 * the secret at rest, rate limits and CORS. Each request comes from a client address of its own unless the test says
 * otherwise.
 */
@Tag("attack")
class ApiTokenAttackTest extends IntegrationTest {

    private static final Set<TokenScope> ALL = EnumSet.allOf(TokenScope.class);

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
    void aTokenNeverSeesANetworkWebinarOfAnotherNetwork() throws Exception {
        clock.set(Instant.parse("2042-01-01T08:00:00Z"));
        long himOnly = webinars.scheduled(WebinarFixture.withAudience(WebinarFixture.form("HIM only",
                LocalDateTime.of(2042, 1, 5, 10, 0), ZoneOffset.UTC), Audience.HIM));
        String gknheToken = api.tokenOf(people.member("Gus Gknhe", Network.GKNHE));

        JsonNode seen = json(api.call(get("/api/v1/webinars?limit=100").header("Authorization", "Bearer " + gknheToken)));

        assertThat(ids(seen)).doesNotContain(himOnly);
    }

    @Test
    void anExpiredTokenIsRefusedWith401() throws Exception {
        String token = api.tokenOf(people.member("Ella Expired", Network.GKNHE));
        assertThat(api.call(get("/api/v1/networks").header("Authorization", "Bearer " + token)).getStatus())
                .isEqualTo(200);

        clock.advance(Duration.ofDays(31));
        MockHttpServletResponse refused = api.call(get("/api/v1/networks").header("Authorization", "Bearer " + token));

        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(json(refused).get("status").asInt()).isEqualTo(401);
        assertThat(refused.getHeader("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void aRevokedTokenIsRefusedWith401() throws Exception {
        String member = people.member("Rita Revoked", Network.GKNHE);
        Accounts.signIn(users, member);
        CreatedAccessToken created = tokens.create("laptop", 90, ALL);
        tokens.revoke(created.token().id());
        SecurityContextHolder.clearContext();

        MockHttpServletResponse refused = api.call(get("/api/v1/networks")
                .header("Authorization", "Bearer " + created.secret()));

        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(json(refused).get("detail").asString()).contains("revoked");
    }

    @Test
    void aTokenOfASuspendedAccountIsRefusedWith401() throws Exception {
        String member = people.member("Sid Suspended", Network.GKNHE);
        String token = api.tokenOf(member);
        jdbc.update("update account set status = 'SUSPENDED' where id = ?", people.id(member));

        MockHttpServletResponse refused = api.call(get("/api/v1/networks").header("Authorization", "Bearer " + token));

        assertThat(refused.getStatus()).isEqualTo(401);
    }

    @Test
    void anInventedTokenIsRefusedWith401() throws Exception {
        MockHttpServletResponse refused = api.call(get("/api/v1/networks")
                .header("Authorization", "Bearer hex_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));

        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
    }

    @Test
    void theTokenSecretIsStoredOnlyAsAHash() {
        String member = people.member("Hugo Hash", Network.GKNHE);
        Accounts.signIn(users, member);
        CreatedAccessToken created = tokens.create("ci", 30, ALL);

        assertThat(created.secret()).startsWith("hex_").hasSize(4 + 43);
        String stored = jdbc.queryForObject("select secret_hash from personal_access_token where id = ?",
                String.class, created.token().id());
        assertThat(stored).isEqualTo(Hashes.sha256Hex(created.secret()));
        String row = jdbc.queryForObject("select t::text from personal_access_token t where id = ?", String.class,
                created.token().id());
        assertThat(row).doesNotContain(created.secret().substring(4));
        assertThat(tokens.mine()).singleElement().satisfies(info -> {
            assertThat(info.name()).isEqualTo("ci");
            assertThat(info.expiresAt()).isEqualTo(info.createdAt().plus(Duration.ofDays(30)));
        });
    }

    @Test
    void aMemberCannotRevokeAnotherMembersToken() {
        String owner = people.member("Otto Owner", Network.GKNHE);
        Accounts.signIn(users, owner);
        CreatedAccessToken created = tokens.create("owner's", 30, ALL);
        Accounts.signIn(users, people.member("Mallory Other", Network.GKNHE));

        assertThatThrownBy(() -> tokens.revoke(created.token().id())).isInstanceOf(Refused.class);
        Accounts.signIn(users, owner);
        assertThat(tokens.mine()).singleElement().satisfies(info -> assertThat(info.revokedAt()).isNull());
    }

    @Test
    void aTokenRequestUsesNoSessionAndRecordsItsLastUse() throws Exception {
        String member = people.member("Sam Stateless", Network.GKNHE);
        String token = api.tokenOf(member);

        MockHttpServletResponse answer = mvc.perform(from(get("/api/v1/networks"), address())
                .header("Authorization", "Bearer " + token)).andReturn().getResponse();

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getHeader("Set-Cookie")).isNull();
        Accounts.signIn(users, member);
        assertThat(tokens.mine().getFirst().lastUsedAt()).isEqualTo(clock.instant());
    }

    @Test
    void tooManyRequestsFromOneAddressAreAnswered429WithRetryAfter() throws Exception {
        String address = address();
        for (int i = 0; i < 12; i++) {
            assertThat(mvc.perform(from(get("/api/v1/networks"), address)).andReturn().getResponse().getStatus())
                    .isEqualTo(200);
        }

        MockHttpServletResponse refused = mvc.perform(from(get("/api/v1/networks"), address)).andReturn()
                .getResponse();

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).as("no time passed in the window").isEqualTo("60");
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(api.call(get("/api/v1/networks")).getStatus()).as("another address").isEqualTo(200);
    }

    @Test
    void tooManyRequestsWithOneTokenAreAnswered429WhicheverTheAddress() throws Exception {
        String token = api.tokenOf(people.member("Tina Busy", Network.GKNHE));
        for (int i = 0; i < 8; i++) {
            assertThat(api.call(get("/api/v1/networks").header("Authorization", "Bearer " + token)).getStatus())
                    .isEqualTo(200);
        }

        MockHttpServletResponse refused = api.call(get("/api/v1/networks").header("Authorization", "Bearer " + token));

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
    }

    @Test
    void retryAfterIsTheSecondsActuallyLeftUntilTheLimitFrees() throws Exception {
        clock.set(Instant.parse("2046-01-01T10:00:00Z"));
        String address = address();
        for (int i = 0; i < 12; i++) {
            mvc.perform(from(get("/api/v1/networks"), address)).andReturn();
        }
        clock.advance(Duration.ofSeconds(25).plusMillis(300));

        MockHttpServletResponse refused = mvc.perform(from(get("/api/v1/networks"), address)).andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).as("35 s left, rounded up").isEqualTo("35");

        clock.advance(Duration.ofSeconds(34));
        assertThat(mvc.perform(from(get("/api/v1/networks"), address)).andReturn().getResponse()
                .getHeader("Retry-After")).isEqualTo("1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(mvc.perform(from(get("/api/v1/networks"), address)).andReturn().getResponse().getStatus())
                .as("the window has freed").isEqualTo(200);
    }

    @Test
    void aTokenOutsideItsScopesIsRefusedWith403InsufficientScopeWhereAVisitorIsNot() throws Exception {
        String token = api.tokenOf(people.member("Ivy Events", Network.GKNHE), TokenScope.EVENTS);
        Map<String, String> outside = Map.of("/api/v1/case-studies", "read:library", "/api/v1/case-studies/1",
                "read:library", "/api/v1/calls", "read:calls", "/api/v1/networks", "read:directory",
                "/api/v1/institutions", "read:directory", "/api/v1/search?q=housing", "read:search");
        for (Map.Entry<String, String> path : outside.entrySet()) {
            MockHttpServletResponse refused = api.call(get(path.getKey()).header("Authorization", "Bearer " + token));
            assertThat(refused.getStatus()).as(path.getKey()).isEqualTo(403);
            assertThat(refused.getHeader("WWW-Authenticate")).as(path.getKey())
                    .isEqualTo("Bearer error=\"insufficient_scope\", scope=\"" + path.getValue() + "\"");
            assertThat(refused.getContentType()).isEqualTo("application/problem+json");
            JsonNode problem = json(refused);
            assertThat(problem.get("status").asInt()).isEqualTo(403);
            assertThat(problem.get("scope").asString()).isEqualTo(path.getValue());
            assertThat(api.call(get(path.getKey())).getStatus()).as("a visitor is not a token")
                    .isNotEqualTo(403);
        }
        assertThat(api.call(get("/api/v1/webinars").header("Authorization", "Bearer " + token)).getStatus())
                .isEqualTo(200);
        assertThat(api.call(get("/api/v1/openapi.json").header("Authorization", "Bearer " + token)).getStatus())
                .as("the description needs no scope").isEqualTo(200);
    }

    @Test
    void everyEndpointOfTheApiNamesTheScopeATokenNeeds() {
        Map<RequestMappingInfo, HandlerMethod> handlers = context.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class).getHandlerMethods();
        List<HandlerMethod> ours = handlers.values().stream().filter(method -> method.getBeanType().getPackageName()
                .equals(ApiGate.class.getPackageName())).toList();

        assertThat(ours).hasSizeGreaterThanOrEqualTo(9);
        assertThat(ours).allSatisfy(method -> assertThat(method.hasMethodAnnotation(RequiresScope.class)
                || method.getBeanType().isAnnotationPresent(RequiresScope.class)).as(method.toString()).isTrue());
    }

    @Test
    void aTokenWithoutAnyScopeIsNotMadeAndTheListShowsEachTokensScopes() {
        Accounts.signIn(users, people.member("Sol Scopes", Network.GKNHE));

        assertThatThrownBy(() -> tokens.create("nothing", 30, Set.of())).isInstanceOf(Refused.class);
        tokens.create("library", 30, Set.of(TokenScope.LIBRARY, TokenScope.SEARCH));

        assertThat(tokens.mine()).singleElement().satisfies(token -> assertThat(token.scopes())
                .containsExactlyInAnyOrder(TokenScope.LIBRARY, TokenScope.SEARCH));
        assertThatThrownBy(() -> jdbc.update("update personal_access_token set scopes = '{write:everything}'"
                + " where name = 'library'")).as("the database knows the scopes too")
                .isInstanceOf(DataIntegrityViolationException.class);
        SecurityContextHolder.clearContext();
    }

    @Test
    void aWebinarTheTokensMemberMayNotSeeIs404LikeOneThatDoesNotExist() throws Exception {
        clock.set(Instant.parse("2047-01-01T08:00:00Z"));
        long himOnly = webinars.scheduled(WebinarFixture.withAudience(WebinarFixture.form("HIM detail",
                LocalDateTime.of(2047, 1, 5, 10, 0), ZoneOffset.UTC), Audience.HIM));
        String gknhe = api.tokenOf(people.member("Gert Gknhe", Network.GKNHE));
        String him = api.tokenOf(people.member("Hild Him", Network.HIM));

        MockHttpServletResponse hidden = api.call(get("/api/v1/webinars/" + himOnly)
                .header("Authorization", "Bearer " + gknhe));
        MockHttpServletResponse absent = api.call(get("/api/v1/webinars/999999999")
                .header("Authorization", "Bearer " + gknhe));

        assertThat(hidden.getStatus()).isEqualTo(404);
        assertThat(absent.getStatus()).isEqualTo(404);
        assertThat(json(hidden).get("detail").asString().replace(Long.toString(himOnly), "ID"))
                .isEqualTo(json(absent).get("detail").asString().replace("999999999", "ID"));
        assertThat(hidden.getContentAsString()).doesNotContain("HIM detail");
        assertThat(api.call(get("/api/v1/webinars/" + himOnly)).getStatus()).as("a visitor").isEqualTo(404);
        JsonNode seen = json(api.call(get("/api/v1/webinars/" + himOnly).header("Authorization", "Bearer " + him)));
        assertThat(seen.get("title").asString()).isEqualTo("HIM detail");
        assertThat(seen.get("network").asString()).isEqualTo("HIM");
    }

    @Test
    void guessingTokensIsLimitedPerAddress() throws Exception {
        String address = address();
        for (int i = 0; i < 12; i++) {
            assertThat(mvc.perform(from(get("/api/v1/networks"), address)
                    .header("Authorization", "Bearer hex_guess" + i)).andReturn().getResponse().getStatus())
                    .isEqualTo(401);
        }

        assertThat(mvc.perform(from(get("/api/v1/networks"), address).header("Authorization", "Bearer hex_guess"))
                .andReturn().getResponse().getStatus()).isEqualTo(429);
    }

    @Test
    void corsAllowsTheConfiguredOriginOnly() throws Exception {
        MockHttpServletResponse allowed = api.call(get("/api/v1/networks").header("Origin", "https://tools.example.org"));
        assertThat(allowed.getStatus()).isEqualTo(200);
        assertThat(allowed.getHeader("Access-Control-Allow-Origin")).isEqualTo("https://tools.example.org");

        MockHttpServletResponse refused = api.call(get("/api/v1/networks").header("Origin", "https://evil.example"));
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getHeader("Access-Control-Allow-Origin")).isNull();
    }
}
