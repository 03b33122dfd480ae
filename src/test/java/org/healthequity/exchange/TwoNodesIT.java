package org.healthequity.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.healthequity.exchange.casestudy.AttachmentFile;
import org.healthequity.exchange.casestudy.CaseStudyAttachments;
import org.healthequity.exchange.casestudy.CaseStudyAuthoring;
import org.healthequity.exchange.casestudy.CaseStudyFixture;
import org.healthequity.exchange.casestudy.CaseStudyLibrary;
import org.healthequity.exchange.casestudy.SavedDraft;
import org.healthequity.exchange.moderation.ModerationQueue;
import org.healthequity.exchange.notification.MailOutbox;
import org.healthequity.exchange.search.SearchRequest;
import org.healthequity.exchange.search.SearchService;
import org.healthequity.exchange.search.SearchSort;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Hashes;
import org.healthequity.exchange.support.HostileFiles;
import org.healthequity.exchange.support.LoadBalancer;
import org.healthequity.exchange.support.PortalNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes of the portal against one PostgreSQL, behind Debian's HAProxy running the production configuration
 * (docs/deployment/haproxy.cfg), proven over HTTP the way browsers reach them: sticky Vaadin sessions, sign-in
 * throttling shared through the database, each queued mail sent once while both nodes send, a file stored on one node
 * served by the other, a case study approved on one node found on the other, and a stopping node drained without an
 * error. The nodes are two Spring contexts of the application in this JVM, each on its own port with its own data
 * folder and node id (docs/adr/0014-several-nodes.md); the test database is emptied first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final Logger log = LoggerFactory.getLogger(TwoNodesIT.class);
    private static final Path WORK = Path.of("target", "two-nodes-it").toAbsolutePath();
    private static final Duration DRAIN_TIME = Duration.ofSeconds(4);
    private static final Duration CHECK_INTERVAL = Duration.ofMillis(250);
    private static final List<String> PAGES = List.of("/", "/case-studies", "/search?q=health", "/webinars", "/calls",
            "/members", "/groups");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":(\\d+)");

    private static EmbeddedPostgres embedded;
    private static GreenMail greenMail;
    private static PortalNode a;
    private static PortalNode b;
    private static LoadBalancer balancer;

    @BeforeAll
    static void startTwoNodesBehindHaproxy() throws IOException {
        deleteRecursively(WORK);
        String url = setting("TEST_DATABASE_URL");
        String user = setting("TEST_DATABASE_USER");
        if (url.isBlank()) {
            embedded = EmbeddedPostgres.builder().setDataDirectory(WORK.resolve("postgres"))
                    .setCleanDataDirectory(true).setServerConfig("timezone", "UTC").start();
            url = embedded.getJdbcUrl("postgres", "postgres");
        }
        user = user.isBlank() ? "postgres" : user;
        String password = setting("TEST_DATABASE_PASSWORD");
        Flyway.configure().dataSource(url, user, password).cleanDisabled(false).load().clean();

        int smtpPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            smtpPort = socket.getLocalPort();
        }
        greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        Map<String, String> shared = new LinkedHashMap<>();
        shared.put("EXCHANGE_DB_URL", url);
        shared.put("EXCHANGE_DB_USER", user);
        shared.put("EXCHANGE_DB_PASSWORD", password);
        shared.put("EXCHANGE_FILES_DIR", WORK.resolve("shared-files").toString());
        shared.put("EXCHANGE_DRAIN_TIME", DRAIN_TIME.toMillis() + "ms");
        shared.put("EXCHANGE_SHUTDOWN_TIMEOUT", "10s");
        shared.put("EXCHANGE_SEARCH_FEED_INTERVAL", "PT0.2S");
        shared.put("spring.mail.host", "127.0.0.1");
        shared.put("spring.mail.port", String.valueOf(greenMail.getSmtp().getPort()));
        shared.put("exchange.mail.send-interval", "PT0.2S");
        // As people see it (failsafe runs after package, which builds the production bundle into the classes).
        shared.put("vaadin.productionMode", "true");
        // The first node migrates the empty database and seeds the demo world; the second finds both done.
        a = PortalNode.start("a", node("a", shared, true));
        b = PortalNode.start("b", node("b", shared, false));
        balancer = LoadBalancer.start(Path.of("docs", "deployment", "haproxy.cfg"), WORK.resolve("haproxy"),
                a.port(), b.port(), CHECK_INTERVAL, "http-response set-header X-Served-By %[srv_name]");
        await("both nodes ready behind HAProxy").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> "UP".equals(balancer.serverStatus("a")) && "UP".equals(balancer.serverStatus("b")));
    }

    private static Map<String, String> node(String id, Map<String, String> shared, boolean demoData) {
        Map<String, String> settings = new LinkedHashMap<>(shared);
        settings.put("EXCHANGE_NODE_ID", id);
        settings.put("EXCHANGE_DATA_DIR", WORK.resolve("node-" + id).toString());
        settings.put("EXCHANGE_DEMO_DATA", String.valueOf(demoData));
        settings.put("EXCHANGE_MAIL_FROM", "Node " + id + " <node-" + id + "@example.org>");
        return settings;
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (AutoCloseable part : new AutoCloseable[] { balancer, a, b, greenMail == null ? null : greenMail::stop,
                embedded }) {
            if (part != null) {
                part.close();
            }
        }
    }

    @Test
    @Order(1)
    void everyRequestOfASessionReachesOneNodeAndSessionsSpreadOverBoth() throws Exception {
        List<Visit> visits = new ArrayList<>();
        try (ExecutorService browsers = Executors.newFixedThreadPool(4)) {
            List<Future<Visit>> started = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String page = PAGES.get(i % PAGES.size());
                started.add(browsers.submit(() -> visit(page)));
            }
            for (Future<Visit> visit : started) {
                visits.add(visit.get(2, TimeUnit.MINUTES));
            }
        }

        assertThat(visits).allSatisfy(visit -> {
            assertThat(visit.problems()).as(visit.page()).isEmpty();
            assertThat(visit.servedBy()).as(visit.page()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(Set.copyOf(visit.servedBy())).as("the nodes serving one session").hasSize(1);
        });
        assertThat(visits.stream().map(visit -> visit.servedBy().getFirst()).distinct().sorted())
                .as("sessions spread over both nodes").containsExactly("a", "b");
    }

    @Test
    @Order(2)
    void wrongPasswordsAlternatingBetweenTheNodesCountOnceForBoth() throws Exception {
        String email = "two-nodes-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        a.bean(JdbcTemplate.class).update("""
                insert into account (email, display_name, password_hash, status, preferred_language, created_at,
                    confirmed_at) values (?, 'Two Nodes', ?, 'ACTIVE', 'en', now(), now())""",
                email, a.bean(PasswordEncoder.class).encode("the right passphrase"));

        assertThat(signIn("a", email, "guess one")).contains("error");
        assertThat(signIn("b", email, "guess two")).contains("error");
        assertThat(signIn("a", email, "guess three")).contains("error");
        // The fourth attempt must wait, wherever it goes: even the right password is refused for now.
        assertThat(signIn("b", email, "the right passphrase")).contains("error");
        assertThat(b.bean(JdbcTemplate.class).queryForObject(
                "select attempts from login_throttle where throttle_key = ?", Integer.class,
                "account:" + Hashes.sha256Hex(email))).as("one count for both nodes").isEqualTo(3);

        // Once the wait is over the right password works, on the other node: the refusal was the shared throttle.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                .until(() -> signIn("a", email, "the right passphrase").contains("/dashboard"));
    }

    @Test
    @Order(3)
    void fortyQueuedMailsAreDeliveredOnceWhileBothNodesSend() throws Exception {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        MailOutbox outbox = a.bean(MailOutbox.class);
        // One transaction: all forty become due at once, for both nodes' senders.
        new TransactionTemplate(a.bean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            for (int i = 1; i <= 40; i++) {
                outbox.queue("two-nodes-" + batch + "-" + i + "@example.net", Language.ENGLISH, "password-changed",
                        "Two nodes", "https://exchange.example.org/login");
            }
        });

        JdbcTemplate jdbc = b.bean(JdbcTemplate.class);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.queryForObject(
                "select count(*) from outgoing_mail where recipient like ? and status = 'SENT'", Integer.class,
                "two-nodes-" + batch + "-%") == 40);
        List<MimeMessage> delivered = Stream.of(greenMail.getReceivedMessages())
                .filter(message -> recipient(message).startsWith("two-nodes-" + batch + "-")).toList();
        assertThat(delivered).hasSize(40);
        assertThat(delivered.stream().map(TwoNodesIT::recipient).distinct()).hasSize(40);
        Map<String, Long> byNode = new TreeMap<>();
        delivered.forEach(message -> byNode.merge(sender(message), 1L, Long::sum));
        log.info("40 mails delivered once each, sent by {}", byNode);
        assertThat(byNode).as("both nodes' senders took part").containsOnlyKeys("node-a@example.org",
                "node-b@example.org");
    }

    @Test
    @Order(4)
    void aFileUploadedOnOneNodeIsServedByTheOther() {
        byte[] chart = HostileFiles.image("png", 120, 80);
        CaseStudyFixture onA = fixture(a);
        long[] stored = a.as(CaseStudyFixture.AUTHOR, () -> {
            SavedDraft draft = onA.draft(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Shared file store"));
            a.bean(CaseStudyAttachments.class).addAttachment(draft.caseStudyId(), draft.version(), "chart.png",
                    chart);
            return new long[] { draft.caseStudyId(), a.bean(JdbcTemplate.class).queryForObject(
                    "select id from case_study_attachment where case_study_id = ?", Long.class,
                    draft.caseStudyId()) };
        });

        var onB = b.as(CaseStudyFixture.AUTHOR, () -> b.bean(CaseStudyLibrary.class).attachment(stored[0],
                stored[1]));

        assertThat(onB).map(AttachmentFile::content).hasValue(chart);
    }

    @Test
    @Order(5)
    void aCaseStudyApprovedOnOneNodeIsFoundOnTheOtherWithinTwoSeconds() {
        String word = "zqx" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);
        CaseStudyFixture onA = fixture(a);
        long id = a.as(CaseStudyFixture.AUTHOR, () -> onA.published(CaseStudyFixture.AUTHOR,
                CaseStudyFixture.complete("Cold chains " + word)));
        long approved = System.nanoTime();

        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50)).until(() -> b.as(
                CaseStudyFixture.AUTHOR, () -> b.bean(SearchService.class).search(new SearchRequest(word, Map.of(),
                        SearchSort.RELEVANCE, 0, 10)).hits().stream()
                        .anyMatch(hit -> hit.contentId() == id)));
        log.info("Approved on node a, found on node b after {} ms",
                Duration.ofNanos(System.nanoTime() - approved).toMillis());
    }

    @Test
    @Order(10)
    void aStoppingNodeGetsNoNewSessionsAndNoNewSessionFails() throws Exception {
        List<Timed> visits = new CopyOnWriteArrayList<>();
        AtomicBoolean visiting = new AtomicBoolean(true);
        long stopStarted = System.nanoTime();
        long markedDown;
        try (ExecutorService browsers = Executors.newFixedThreadPool(3)) {
            for (int i = 0; i < 2; i++) {
                int offset = i;
                browsers.submit(() -> {
                    for (int n = offset; visiting.get(); n += 2) {
                        long started = System.nanoTime();
                        visits.add(new Timed(started, visit(PAGES.get(n % PAGES.size()))));
                    }
                });
            }
            // SIGTERM's path: the context closes, which drains first.
            Future<?> stopped = browsers.submit(a::close);

            await("node a refusing readiness").atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(50))
                    .until(() -> status(a.url("/actuator/health/readiness")) == 503);
            assertThat(status(a.url("/actuator/health/liveness"))).as("still alive while draining").isEqualTo(200);
            await("HAProxy taking node a out").atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(50))
                    .until(() -> balancer.serverStatus("a").startsWith("DOWN"));
            markedDown = System.nanoTime();
            assertThat(Duration.ofNanos(markedDown - stopStarted)).as("taken out within the drain time")
                    .isLessThan(DRAIN_TIME);
            stopped.get(1, TimeUnit.MINUTES);
            assertThat(a.isRunning()).isFalse();
            long afterStop = System.nanoTime();
            await().atMost(Duration.ofSeconds(30)).until(() -> visits.stream()
                    .filter(visit -> visit.started() > afterStop).count() >= 4);
            visiting.set(false);
        }

        log.info("Drain: node a out of HAProxy after {} ms; {} new sessions during the stop",
                Duration.ofNanos(markedDown - stopStarted).toMillis(), visits.size());
        assertThat(visits).allSatisfy(visit -> assertThat(visit.visit().problems()).as(visit.visit().page())
                .isEmpty());
        List<Visit> afterMarkedDown = visits.stream().filter(visit -> visit.started() > markedDown)
                .map(Timed::visit).toList();
        assertThat(afterMarkedDown).isNotEmpty().allSatisfy(visit -> assertThat(Set.copyOf(visit.servedBy()))
                .as("new sessions once node a is out").containsExactly("b"));
    }

    private static CaseStudyFixture fixture(PortalNode node) {
        return new CaseStudyFixture(node.bean(CaseStudyAuthoring.class), node.bean(ModerationQueue.class),
                node.bean(UserDetailsService.class), node.bean(JdbcTemplate.class));
    }

    /** A person's browser opening one page: the page, the init request that creates the UI, then UIDL requests. */
    private static Visit visit(String page) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<String> servedBy = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            String route = page.substring(1).replaceFirst("\\?.*", "");
            String query = page.contains("?") ? page.substring(page.indexOf('?') + 1) : "";
            HttpResponse<String> html = send(browser, HttpRequest.newBuilder(URI.create(balancer.url(page))).GET(),
                    servedBy, problems);
            if (html.statusCode() != 200) {
                return new Visit(page, servedBy, problems);
            }
            HttpResponse<String> init = send(browser, HttpRequest.newBuilder(URI.create(balancer.url(
                    "/?v-r=init&location=" + encode(route) + "&query=" + encode(query)))).GET(), servedBy, problems);
            Matcher key = SECURITY_KEY.matcher(init.body());
            Matcher ui = UI_ID.matcher(init.body());
            if (!key.find() || !ui.find()) {
                problems.add("init without a security key or UI id: " + abbreviate(init.body()));
                return new Visit(page, servedBy, problems);
            }
            String navigate = "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\""
                    + route + "\",\"query\":\"" + query + "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                    + "\"trigger\":\"\"}}]";
            long syncId = 0;
            long clientId = 0;
            for (String rpc : new String[] { navigate, "[]", "[]", "[]" }) {
                HttpResponse<String> uidl = send(browser, HttpRequest.newBuilder(URI.create(balancer.url(
                        "/?v-r=uidl&v-uiId=" + ui.group(1)))).header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":"
                                + rpc + ",\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}")),
                        servedBy, problems);
                String body = uidl.body();
                Matcher sync = SYNC_ID.matcher(body);
                Matcher client = CLIENT_ID.matcher(body);
                if (body.contains("sessionExpired") || body.contains("appError") || !sync.find()
                        || !client.find()) {
                    problems.add("UIDL answer " + abbreviate(body));
                    break;
                }
                syncId = Long.parseLong(sync.group(1));
                clientId = Long.parseLong(client.group(1));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.add("interrupted");
        }
        return new Visit(page, servedBy, problems);
    }

    private static HttpResponse<String> send(HttpClient browser, HttpRequest.Builder request, List<String> servedBy,
            List<String> problems) throws IOException, InterruptedException {
        HttpResponse<String> response = browser.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        String node = response.headers().firstValue("X-Served-By").orElse("?");
        servedBy.add(node);
        if (response.statusCode() != 200) {
            problems.add(response.request().uri() + " answered " + response.statusCode() + " from node " + node);
        }
        return response;
    }

    /** Posts the sign-in form through HAProxy to the node the cookie names; returns where the portal sends the browser. */
    private static String signIn(String node, String email, String password) throws Exception {
        String form = "username=" + encode(email) + "&password=" + encode(password);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                balancer.url("/login"))).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "SERVERID=" + node).POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("X-Served-By")).as("the node the cookie names").hasValue(node);
        assertThat(response.statusCode()).as("sign-in answers with a redirect").isEqualTo(302);
        return response.headers().firstValue("Location").orElse("");
    }

    private static int status(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sender(MimeMessage message) {
        try {
            return ((InternetAddress) message.getFrom()[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static String setting(String name) {
        String value = System.getenv(name);
        return value != null ? value : System.getProperty(name, "");
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** One browser session: the page asked for, the node that answered each request, what went wrong. */
    private record Visit(String page, List<String> servedBy, List<String> problems) {
    }

    private record Timed(long started, Visit visit) {
    }
}
