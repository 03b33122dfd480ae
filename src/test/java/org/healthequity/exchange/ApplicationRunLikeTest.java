package org.healthequity.exchange;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.awaitility.Awaitility;
import org.healthequity.exchange.shared.security.Hashes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionTrackingMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boots the portal exactly as {@code ./mvnw} does: no profile, no database configured (so the embedded PostgreSQL
 * starts), demo data seeded. Only the data directory is moved under target/ so the developer's ./data stays as it is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationRunLikeTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ServletContext servletContext;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void likeTheRunCommand(DynamicPropertyRegistry registry) {
        registry.add("exchange.data-dir", () -> Path.of("target", "run-like-data").toAbsolutePath().toString());
        registry.add("exchange.embedded-database.clean-on-start", () -> "true");
        registry.add("spring.datasource.url", () -> "");
        registry.add("exchange.operations.drain-time", () -> "0s");
    }

    @Test
    void homeAndLoginPagesAnswerWithSecurityHeaders() throws Exception {
        for (String path : new String[] { "/", "/login" }) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'",
                            "script-src 'self' 'unsafe-inline' 'unsafe-eval'", "style-src 'self' 'unsafe-inline'",
                            "img-src 'self' data:", "connect-src 'self'", "frame-ancestors 'none'",
                            "form-action 'self'", "object-src 'none'", "base-uri 'self'"));
            assertThat(response.headers().allValues("Content-Security-Policy")).as(path).hasSize(1);
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path)
                    .hasValue("strict-origin-when-cross-origin");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndLaxAndSecureWithHstsBehindAnHttpsProxy() throws Exception {
        HttpResponse<String> plain = get("/login");
        assertThat(plain.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

        HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/login")).header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(proxied.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .contains("HttpOnly", "SameSite=Lax", "Secure"));
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).startsWith("max-age=63072000"));
    }

    @Test
    void theSessionIdTravelsInItsCookieOnlyNeverInAnAddress() throws Exception {
        assertThat(servletContext.getEffectiveSessionTrackingModes())
                .containsExactly(SessionTrackingMode.COOKIE);
        HttpResponse<String> redirect = get("/dashboard");
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContainIgnoringCase("jsessionid"));
        assertThat(get("/login").body()).doesNotContainIgnoringCase("jsessionid=");
    }

    @Test
    void theDemoAccountsCanSignIn() {
        for (String email : new String[] { "admin@example.org", "secretariat@example.org", "reviewer@example.org",
                "lead@example.org", "member@example.org", "researcher@example.org", "applicant@example.org" }) {
            var user = users.loadUserByUsername(email);
            assertThat(user.isEnabled()).as(email).isTrue();
            assertThat(passwords.matches("exchange-demo", user.getPassword())).as(email).isTrue();
        }
    }

    @Test
    void aDemoWorkingGroupHasAPastAndAnUpcomingMeeting() {
        assertThat(jdbc.queryForList("select w.starts_at > now() from webinar w join work_group g on g.id = w.group_id"
                + " where w.audience = 'GROUP' and g.slug = 'health-inequality-data-standards' order by w.starts_at",
                Boolean.class)).containsExactly(false, true);
    }

    @Test
    void onlyTheHealthEndpointIsExposed() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        for (String path : new String[] { "/actuator/env", "/actuator/beans", "/actuator/heapdump",
                "/actuator/prometheus", "/actuator/metrics" }) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void livenessAndReadinessAnswerOnThePublicPortWithoutSigningInAndWithoutDetails() throws Exception {
        Awaitility.await().atMost(Duration.ofMinutes(2))
                .until(() -> get("/actuator/health/readiness").statusCode() == 200);
        for (String path : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
            HttpResponse<String> probe = get(path);
            assertThat(probe.statusCode()).as(path).isEqualTo(200);
            assertThat(probe.body()).as(path).isEqualTo("{\"status\":\"UP\"}");
            assertThat(probe.headers().firstValue("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void readinessRefusesTrafficOnceTheNodeStartsDraining() throws Exception {
        Awaitility.await().atMost(Duration.ofMinutes(2))
                .until(() -> get("/actuator/health/readiness").statusCode() == 200);
        try {
            AvailabilityChangeEvent.publish(context,
                    ReadinessState.REFUSING_TRAFFIC);
            assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);
            assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        } finally {
            AvailabilityChangeEvent.publish(context,
                    ReadinessState.ACCEPTING_TRAFFIC);
        }
    }

    @Test
    void prometheusMetricsAreServedOnlyOnTheManagementPort() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        // Some traffic first, so that the navigation timer and the request metrics have something to show.
        assertThat(get("/").statusCode()).isEqualTo(200);
        jdbc.update("insert into outgoing_mail (recipient, language, template, subject, text_body, html_body,"
                + " status, created_at, next_attempt_at) values ('metrics@example.net', 'en', 'test', 's', 't', 'h',"
                + " 'QUEUED', now() - interval '1 hour', now() + interval '1 day')");
        HttpResponse<String> metrics = prometheus();
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds_count", "exchange_vaadin_sessions",
                "exchange_vaadin_uis", "exchange_mail_queue_length", "exchange_mail_queue_oldest_age_seconds",
                "exchange_mail_failed", "exchange_search_index_lag", "exchange_search_index_documents",
                "exchange_search_index_rebuilding", "tasks_scheduled_execution_seconds", "hikaricp_connections",
                "jvm_memory_used_bytes");
        // The gauges read the database at most every 5 s: the message written an hour ago shows up within that.
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                prometheus().body()).containsPattern("exchange_mail_queue_oldest_age_seconds\\{[^}]*\\} \\d{4,}"));
        assertThat(get("/actuator/prometheus").statusCode()).as("public port").isEqualTo(404);
    }

    @Test
    void viewNavigationIsTimedByRouteTemplateNotByAddress() throws Exception {
        // The browser's bootstrap: the page (which opens the session), the init request (which creates the UI),
        // then the navigation event that builds the view.
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;
        assertThat(browser.send(HttpRequest.newBuilder(URI.create(base + "/case-studies/123456")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        HttpResponse<String> init = browser.send(HttpRequest.newBuilder(URI.create(base
                + "/?v-r=init&location=case-studies%2F123456&query=")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(init.statusCode()).isEqualTo(200);
        Matcher key = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"")
                .matcher(init.body());
        assertThat(key.find()).isTrue();
        String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"case-studies/123456\",\"query\":\"\","
                + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,"
                + "\"clientId\":0}";
        assertThat(browser.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(prometheus().body())
                .contains("exchange_view_navigation_seconds_count{application=\"health-equity-exchange\","
                        + "route=\"/case-studies/:id\"}")
                .doesNotContain("123456");
    }

    /**
     * BREACH: an attacker who sees the sizes of encrypted responses and can make the victim's browser open addresses of
     * their choosing guesses a secret one character at a time when a compressed response carries the secret next to
     * text the attacker chose. Every compressed answer of the browser's bootstrap either reflects nothing chosen by the
     * attacker or carries no secret that stays the same from one answer to the next.
     */
    @Test
    void breachCannotGuessASessionSecretBecauseNoCompressedAnswerCarriesItNextToAttackerText() throws Exception {
        String probe = "Zq7Breach" + "Vaadin-Security-Key";
        String query = "q=" + probe;
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;

        Answer page = send(browser, HttpRequest.newBuilder(URI.create(base + "/search?" + query)).GET());
        Answer again = send(browser, HttpRequest.newBuilder(URI.create(base + "/search?" + query)).GET());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.gzipped()).as("pages are compressed").isTrue();
        assertThat(page.body()).as("the page carries Spring's CSRF token").contains("name=\"_csrf\"")
                .as("and reflects nothing the attacker chose").doesNotContain("Zq7Breach");
        Pattern csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
        Matcher pageToken = csrf.matcher(page.body());
        Matcher againToken = csrf.matcher(again.body());
        assertThat(pageToken.find() && againToken.find()).isTrue();
        assertThat(againToken.group(1)).as("Spring's CSRF token is masked anew in every answer")
                .isNotEqualTo(pageToken.group(1));

        Answer init = send(browser, HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=search&query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).GET());
        Matcher key = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"")
                .matcher(init.body());
        assertThat(key.find()).isTrue();
        assertThat(init.gzipped() && init.body().contains("Zq7Breach"))
                .as("the compressed answer that carries Vaadin's security key reflects the attacker's text").isFalse();

        String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"search\",\"query\":\"" + query + "\","
                + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,"
                + "\"clientId\":0}";
        Answer view = send(browser, HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)));
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.body()).as("the search view shows what was searched").contains("Zq7Breach");
        assertThat(view.body()).as("the view that reflects the attacker's text carries no session secret")
                .doesNotContain(key.group(1));
        assertThat(view.body()).doesNotContain(pageToken.group(1));
    }

    private record Answer(int status, boolean gzipped, String body) {
    }

    /** Sends as a browser does (accepting gzip) and reads the body as the browser would see it. */
    private static Answer send(HttpClient browser, HttpRequest.Builder request) throws Exception {
        HttpResponse<byte[]> response = browser.send(request.header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        boolean gzipped = response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase)
                .isPresent();
        byte[] body = response.body();
        if (gzipped) {
            try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            }
        }
        return new Answer(response.statusCode(), gzipped, new String(body, StandardCharsets.UTF_8));
    }

    @Test
    void aCalendarFeedAddressIsReachableWithoutSigningInAndAnswersNotFoundWhenUnknown() throws Exception {
        HttpResponse<String> unknown = get("/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Location")).isEmpty();
        String token = "B".repeat(43);
        jdbc.update("insert into calendar_feed (account_id, token_hash, created_at)"
                + " select id, encode(sha256(convert_to(?, 'UTF8')), 'hex'), now() from account"
                + " where email = 'member@example.org'"
                + " on conflict (account_id) do update set token_hash = excluded.token_hash", token);
        HttpResponse<String> feed = get("/calendar/" + token + ".ics");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/calendar"));
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR");
        assertThat(feed.headers().firstValue("Set-Cookie")).as("no session for a calendar program").isEmpty();
    }

    @Test
    void aSignedInPageSendsVisitorsToTheLoginPage() throws Exception {
        HttpResponse<String> response = get("/dashboard");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).contains("/login"));
    }

    @Test
    void anUnknownAddressReachesThePortalsNotFoundPageInsteadOfARefusal() throws Exception {
        HttpResponse<String> response = get("/no/such/page");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.body()).doesNotContain("admin/mail", "admin/audit");
    }

    @Test
    void securityTxtTellsWhereToReportAVulnerability() throws Exception {
        HttpResponse<String> response = get("/.well-known/security.txt");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.body()).contains("Contact: mailto:", "Expires: ", "Preferred-Languages: en, fr");
        Instant expires = Instant.parse(response.body().lines()
                .filter(line -> line.startsWith("Expires: ")).findFirst().orElseThrow().substring(9));
        assertThat(expires).isBetween(Instant.now(), Instant.now().plus(Duration.ofDays(366)));
    }

    @Test
    void signInOverHttpWithAUnicodeSpaceVariantIsThrottledWithThePlainAddress() throws Exception {
        String victim = "throttle-http-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        jdbc.update("""
                insert into account (email, display_name, password_hash, status, preferred_language, created_at,
                    confirmed_at) values (?, 'Throttle Victim', ?, 'ACTIVE', 'en', now(), now())""",
                victim, passwords.encode("the right passphrase"));
        String[] variants = { victim + "\u2002", victim + "\u2009", "\u3000" + victim, victim.toUpperCase() };
        for (String variant : variants) {
            assertThat(postLogin(variant, "a wrong guess")).as(variant).contains("error");
        }
        // The fourth attempt on the account is throttled whatever the spelling: the right password waits too.
        assertThat(postLogin(victim + "\u2002", "the right passphrase")).contains("error");
        String accountKey = "account:" + Hashes.sha256Hex(victim);
        assertThat(jdbc.queryForObject("select attempts from login_throttle where throttle_key = ?", Integer.class,
                accountKey)).as("one key for every spelling").isEqualTo(3);
    }

    /** Posts the sign-in form the way the login page's form does; returns where the portal sends the browser. */
    private String postLogin(String username, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("sign-in answers with a redirect").isEqualTo(302);
        return response.headers().firstValue("Location").orElse("");
    }

    private HttpResponse<String> prometheus() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort
                + "/actuator/prometheus")).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
