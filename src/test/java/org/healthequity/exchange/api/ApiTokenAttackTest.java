package org.healthequity.exchange.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.healthequity.exchange.casestudy.CaseStudyFixture;
import org.healthequity.exchange.member.AccessTokens;
import org.healthequity.exchange.member.CreatedAccessToken;
import org.healthequity.exchange.member.Network;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Attacks on the read API's door: tokens that should no longer work, tokens that should not see more than their member,
 * the secret at rest, rate limits and CORS. Each request comes from a client address of its own unless the test says
 * otherwise.
 */
@Tag("attack")
class ApiTokenAttackTest extends IntegrationTest {

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
        CreatedAccessToken created = tokens.create("laptop", 90);
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
        CreatedAccessToken created = tokens.create("ci", 30);

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
        CreatedAccessToken created = tokens.create("owner's", 30);
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
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
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
