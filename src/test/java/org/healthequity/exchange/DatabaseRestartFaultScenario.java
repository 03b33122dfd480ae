package org.healthequity.exchange;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.awaitility.core.ConditionTimeoutException;
import org.healthequity.exchange.casestudy.CaseStudyAttachments;
import org.healthequity.exchange.casestudy.CaseStudyAuthoring;
import org.healthequity.exchange.casestudy.CaseStudyForm;
import org.healthequity.exchange.casestudy.SavedDraft;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.db.DatabaseOutage;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.ui.AutosaveRetry;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Fault drill of issue 14, "PostgreSQL restarted": 20 people write case studies (each on its own thread with its own
 * security context, calling exactly what the editor's autosave calls, and adding attachments now and then) while a
 * throwaway PostgreSQL 15 is stopped, first in fast mode, then in immediate mode (a crash), and started again. Meanwhile
 * visitors open the library the way the browser does (the page, then {@code ?v-r=init}) and the load balancer's
 * readiness check runs. Half of the writers keep typing through the outage; the others wait, their editor retrying.
 * Prints one line:
 *
 * <pre>FAULT db-restart ok=&lt;bool&gt; sessions=20 answers_again_ms=&lt;ms&gt; drafts_kept=20/20 half_written=0 error_pages=0</pre>
 *
 * answers_again_ms: the longer of the two restarts, from PostgreSQL accepting connections again until readiness and
 * a page both answer; drafts_kept: writers whose draft in the database, once it is back, holds everything typed
 * before the outage (and, at the end, everything typed at all); half_written: case studies without a revision or an
 * author, orphaned draft revisions, attachment rows without their file or files without their row; error_pages: page
 * loads that showed an error page (500 or the "something went wrong" page) rather than the page or, during the outage,
 * the self-retrying "briefly unavailable" page, plus any page that was not right once the portal answered again.
 *
 * Run: {@code ./mvnw -Pfaults verify -Dfault.only=db-restart} (or {@code scripts/faults db-restart}).
 */
class DatabaseRestartFaultScenario {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRestartFaultScenario.class);

    private static final String NAME = "db-restart";
    private static final int SESSIONS = 20;
    /** Visitors opening a page at the same time, each again a quarter of a second after the last answer. */
    private static final int PROBES = 4;
    private static final long TYPING_PAUSE_MS = 1000;
    private static final Duration OUTAGE = Duration.ofSeconds(5);
    private static final long ANSWER_LIMIT_MS = 10_000;
    private static final int MAX_ATTACHMENTS = 6;
    private static final Path PG_BIN = Path.of("/usr/lib/postgresql/15/bin");

    @Test
    void thePortalAnswersAgainWithoutARestartAndKeepsEveryDraft() throws Exception {
        String only = System.getProperty("fault.only", "");
        assumeTrue(only.isBlank() || only.equals(NAME), "another scenario was asked for: " + only);
        Path work = Files.createTempDirectory("fault-db-restart");
        try (ThrowawayPostgres postgres = ThrowawayPostgres.start(work.resolve("pg"));
                ConfigurableApplicationContext portal = startPortal(postgres.port(), work.resolve("data"))) {
            new Drill(portal, work.resolve("data")).run(postgres);
        }
    }

    private static ConfigurableApplicationContext startPortal(int databasePort, Path dataDir) {
        // As command-line arguments: they win over application.properties (builder defaults would not).
        Map<String, String> settings = Map.ofEntries(
                Map.entry("spring.datasource.url", "jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres"),
                Map.entry("spring.datasource.username", "postgres"),
                Map.entry("spring.datasource.password", ""),
                Map.entry("server.port", "0"),
                Map.entry("management.server.port", "0"),
                Map.entry("exchange.data-dir", dataDir.toString()),
                Map.entry("exchange.demo-data", "true"),
                Map.entry("exchange.operations.drain-time", "0s"),
                Map.entry("vaadin.productionMode", "true"),
                Map.entry("logging.level.com.zaxxer.hikari", "error"),
                Map.entry("logging.level.org.hibernate.orm.jdbc.error", "off"),
                Map.entry("logging.level.org.springframework.boot.jdbc.health", "error"),
                Map.entry("logging.level.org.springframework.scheduling", "off"),
                Map.entry("logging.level.org.springframework.transaction.interceptor", "off"));
        return new SpringApplicationBuilder(ExchangeApplication.class).run(settings.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toArray(String[]::new));
    }

    /** One run of the drill against a started portal. */
    private static final class Drill {

        private final ConfigurableApplicationContext portal;
        private final Path dataDir;
        private final JdbcTemplate jdbc;
        private final String base;
        private final List<Writer> writers = new ArrayList<>();
        private final ConcurrentLinkedQueue<Probe> probes = new ConcurrentLinkedQueue<>();
        private final ScheduledExecutorService clock = Executors.newScheduledThreadPool(SESSIONS + PROBES);

        Drill(ConfigurableApplicationContext portal, Path dataDir) {
            this.portal = portal;
            this.dataDir = dataDir;
            this.jdbc = portal.getBean(JdbcTemplate.class);
            this.base = "http://127.0.0.1:" + portal.getEnvironment().getProperty("local.server.port");
        }

        void run(ThrowawayPostgres postgres) throws Exception {
            await().atMost(Duration.ofMinutes(3)).until(() -> probe().ready());
            startWriters();
            for (int i = 0; i < PROBES; i++) {
                clock.scheduleWithFixedDelay(this::probeSafely, i * 100L, 250, TimeUnit.MILLISECONDS);
            }
            await("every writer saved three times").atMost(Duration.ofMinutes(1))
                    .until(() -> writers.stream().allMatch(w -> w.saves() >= 3));

            long fast = restart(postgres, "fast");
            long immediate = restart(postgres, "immediate");
            long answersAgain = Math.max(fast, immediate);

            writers.forEach(Writer::stopTyping);
            await().atMost(Duration.ofMinutes(1)).until(() -> writers.stream().noneMatch(Writer::pending));
            clock.shutdownNow();
            clock.awaitTermination(30, TimeUnit.SECONDS);

            int kept = (int) writers.stream().filter(this::kept).count();
            long halfWritten = halfWritten();
            long errorPages = errorPages(postgres);
            int unexpected = writers.stream().mapToInt(Writer::unexpected).sum();
            boolean ok = answersAgain <= ANSWER_LIMIT_MS && kept == SESSIONS && halfWritten == 0 && errorPages == 0
                    && unexpected == 0;
            log.info("db-restart: restarts answered again after {} ms (fast) and {} ms (immediate); saves refused"
                    + " during the outages {}, lost acknowledgements adopted {}, unexpected failures {}; page loads {}", fast, immediate,
                    writers.stream().mapToInt(Writer::failures).sum(),
                    writers.stream().mapToInt(Writer::conflicts).sum(), unexpected, probes.size());
            // The figures line of this drill (docs/operations.md); the only output it prints.
            System.out.println("FAULT " + NAME + " ok=" + ok + " sessions=" + SESSIONS + " answers_again_ms="
                    + answersAgain + " drafts_kept=" + kept + "/" + SESSIONS + " half_written=" + halfWritten
                    + " error_pages=" + errorPages);
            assertThat(ok).as("the portal came back within %d ms, kept every draft and left nothing half-written",
                    ANSWER_LIMIT_MS).isTrue();
        }

        /** Stops PostgreSQL in the given mode, keeps it down a while, starts it; returns the ms until all answers. */
        private long restart(ThrowawayPostgres postgres, String mode) throws Exception {
            writers.forEach(Writer::markBeforeOutage);
            long stoppedAt = System.nanoTime();
            postgres.stop(mode);
            writers.stream().filter(w -> w.number % 2 == 0).forEach(Writer::pauseTyping);
            try {
                await("readiness turns false after the " + mode + " stop").atMost(Duration.ofSeconds(30))
                        .until(() -> probes.stream().anyMatch(p -> p.startedAt > stoppedAt && !p.ready()));
            } catch (ConditionTimeoutException e) {
                probes.stream().skip(Math.max(0, probes.size() - 12)).forEach(p -> log.warn(
                        "db-restart: probe {} ms after the stop: readiness {} page {} in {} ms",
                        TimeUnit.NANOSECONDS.toMillis(p.startedAt - stoppedAt), p.readiness, p.page,
                        TimeUnit.NANOSECONDS.toMillis(p.endedAt - p.startedAt)));
                log.warn("db-restart: saves refused so far {}", writers.stream().mapToInt(Writer::failures).sum());
                throw e;
            }
            await().pollDelay(OUTAGE).atMost(OUTAGE.plusSeconds(1)).until(() -> true);
            postgres.start();
            long back = System.nanoTime();
            writers.forEach(Writer::resumeTyping);
            Probe answered = await("readiness and the page answer after the " + mode + " stop")
                    .atMost(Duration.ofSeconds(60)).until(() -> probes.stream()
                    .filter(p -> p.startedAt >= back && p.ready() && p.page == PageOutcome.SHOWN)
                    .min((a, b) -> Long.compare(a.endedAt, b.endedAt)).orElse(null), p -> p != null);
            await("every writer saves again after the " + mode + " stop").atMost(Duration.ofSeconds(60))
                    .until(() -> writers.stream().allMatch(w -> w.savedSince(back)));
            return TimeUnit.NANOSECONDS.toMillis(answered.endedAt - back);
        }

        private void startWriters() {
            UserDetailsService users = portal.getBean(UserDetailsService.class);
            List<String> emails = jdbc.queryForList("select distinct a.email from account a join account_role r"
                    + " on r.account_id = a.id where r.role in ('MEMBER', 'STEERING_COMMITTEE', 'SECRETARIAT', 'ADMIN')"
                    + " order by a.email", String.class);
            List<UserDetails> enabled = emails.stream().map(users::loadUserByUsername).filter(UserDetails::isEnabled)
                    .toList();
            assertThat(enabled).as("writers in the demo data").isNotEmpty();
            for (int i = 0; i < SESSIONS; i++) {
                UserDetails user = enabled.get(i % enabled.size());
                Writer writer = new Writer(i, UsernamePasswordAuthenticationToken.authenticated(user, null,
                        user.getAuthorities()), portal.getBean(CaseStudyAuthoring.class),
                        portal.getBean(CaseStudyAttachments.class));
                writers.add(writer);
                clock.schedule(() -> writer.tick(clock), i * TYPING_PAUSE_MS / SESSIONS, TimeUnit.MILLISECONDS);
            }
        }

        /** Whether the writer's draft holds what they typed before each outage and, in the end, all they typed. */
        private boolean kept(Writer writer) {
            String stored = jdbc.queryForObject("select r.summary from case_study c join case_study_revision r"
                    + " on r.id = c.working_revision_id where c.id = ?", String.class, writer.caseStudyId());
            boolean ok = stored != null && stored.startsWith(writer.typedBeforeOutage()) && stored.equals(writer.typed());
            if (!ok) {
                log.warn("db-restart: writer {} lost text: stored {} chars, typed {} chars", writer.number,
                        stored == null ? -1 : stored.length(), writer.typed().length());
            }
            return ok;
        }

        private long halfWritten() throws IOException {
            long rows = count("select count(*) from case_study c where (c.working_revision_id is null"
                    + " and c.published_revision_id is null)"
                    + " or (c.working_revision_id is not null and not exists (select 1 from case_study_revision r"
                    + "     where r.id = c.working_revision_id and r.case_study_id = c.id))"
                    + " or (c.published_revision_id is not null and not exists (select 1 from case_study_revision r"
                    + "     where r.id = c.published_revision_id and r.case_study_id = c.id))"
                    + " or not exists (select 1 from case_study_author a where a.case_study_id = c.id)")
                    + count("select count(*) from case_study_revision r where r.status = 'DRAFT' and not exists"
                    + " (select 1 from case_study c where c.working_revision_id = r.id)")
                    + count("select count(*) from case_study_attachment a where not exists"
                    + " (select 1 from case_study_revision_attachment ra where ra.attachment_id = a.id)");
            List<String> storedNames = jdbc.queryForList("select stored_name from case_study_attachment", String.class);
            Path folder = dataDir.resolve("case-studies");
            long rowsWithoutFile = storedNames.stream().filter(name -> !Files.exists(folder.resolve(name))).count();
            long filesWithoutRow;
            try (Stream<Path> files = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
                filesWithoutRow = files.filter(f -> !storedNames.contains(f.getFileName().toString())).count();
            }
            if (rows + rowsWithoutFile + filesWithoutRow > 0) {
                log.warn("db-restart: half-written: {} rows, {} attachment rows without file, {} files without row",
                        rows, rowsWithoutFile, filesWithoutRow);
            }
            return rows + rowsWithoutFile + filesWithoutRow;
        }

        private long count(String sql) {
            Long count = jdbc.queryForObject(sql, Long.class);
            return count == null ? 0 : count;
        }

        /** Error pages at any time, and anything but the page itself once the portal answered again. */
        private long errorPages(ThrowawayPostgres postgres) {
            long lastBack = postgres.lastStartedAt();
            long settled = probes.stream().filter(p -> p.startedAt >= lastBack && p.ready()
                    && p.page == PageOutcome.SHOWN).mapToLong(p -> p.endedAt).min().orElse(Long.MAX_VALUE);
            return probes.stream().filter(p -> p.page == PageOutcome.ERROR
                    || (p.startedAt > settled && (p.page != PageOutcome.SHOWN || !p.ready()))).count();
        }

        /**
         * The library, opened as the browser's bootstrap does: the page, then {@code ?v-r=init} (the UI), then the
         * navigation request (UIDL) that builds the view.
         */
        private PageOutcome openLibrary(HttpClient http) throws IOException, InterruptedException {
            HttpResponse<String> shell = http.send(HttpRequest.newBuilder(URI.create(base + "/case-studies"))
                    .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
            if (shell.statusCode() != 200) {
                return PageOutcome.error("page", shell);
            }
            HttpResponse<String> init = http.send(HttpRequest.newBuilder(URI.create(base
                    + "/?v-r=init&location=case-studies&query=")).timeout(Duration.ofSeconds(15)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher key = SECURITY_KEY.matcher(init.body());
            Matcher ui = UI_ID.matcher(init.body());
            if (init.statusCode() != 200 || !key.find() || !ui.find()) {
                return PageOutcome.error("init", init);
            }
            String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                    + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"case-studies\",\"query\":\"\","
                    + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,"
                    + "\"clientId\":0}";
            HttpResponse<String> view = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId="
                    + ui.group(1))).header("Content-Type", "application/json; charset=UTF-8")
                    .timeout(Duration.ofSeconds(15)).POST(HttpRequest.BodyPublishers.ofString(navigate)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return PageOutcome.of(view);
        }

        /** A probe that fails for a reason of its own is logged; an exception would end the repeated task. */
        private void probeSafely() {
            try {
                Probe probe = probe();
                if (!Thread.currentThread().isInterrupted()) {
                    // A probe cut short by the end of the drill is not a page a visitor saw.
                    probes.add(probe);
                }
            } catch (RuntimeException e) {
                log.error("db-restart: probe failed", e);
            }
        }

        /** A visitor opening the library the way the browser does, and the load balancer's readiness check. */
        private Probe probe() {
            long started = System.nanoTime();
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(5)).build();
            int readiness;
            try {
                readiness = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                readiness = -1;
            } catch (IOException e) {
                readiness = -1;
            }
            PageOutcome page;
            try {
                page = openLibrary(http);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                page = PageOutcome.ERROR;
            } catch (IOException | RuntimeException e) {
                log.warn("db-restart: a page load failed: {}", e.toString());
                page = PageOutcome.ERROR;
            }
            return new Probe(started, System.nanoTime(), readiness, page);
        }
    }

    private static final Pattern SECURITY_KEY = Pattern.compile(
            "\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");

    private enum PageOutcome {
        SHOWN, UNAVAILABLE, ERROR;

        static PageOutcome of(HttpResponse<String> init) {
            String body = init.body();
            if (body.contains("service-unavailable")) {
                return UNAVAILABLE;
            }
            if (init.statusCode() != 200 || body.contains("error-view") || !body.contains("case-study-cards")) {
                return error("view", init);
            }
            return SHOWN;
        }

        static PageOutcome error(String step, HttpResponse<String> response) {
            String body = response.body();
            log.warn("db-restart: an error page at the {} step ({}): {}", step, response.statusCode(),
                    body.substring(0, Math.min(300, body.length())));
            return ERROR;
        }
    }

    private record Probe(long startedAt, long endedAt, int readiness, PageOutcome page) {
        boolean ready() {
            return readiness == 200;
        }
    }

    /**
     * One person in the case-study editor: types a little every second and the editor saves it (its autosave calls
     * {@link CaseStudyAuthoring#saveDraft}); a save that fails because the database is away keeps the text and is tried
     * again, on the next keystroke or after {@link AutosaveRetry#RETRY_INTERVAL_MS} when the person stopped typing.
     */
    private static final class Writer {

        private final int number;
        private final Authentication authentication;
        private final CaseStudyAuthoring authoring;
        private final CaseStudyAttachments attachments;
        private final StringBuilder typed = new StringBuilder();
        private String typedBeforeOutage = "";
        private @Nullable Long caseStudyId;
        private @Nullable Network network;
        private long version = -1;
        private boolean pending;
        private boolean typing = true;
        private boolean stopped;
        private int edits;
        private int saves;
        private int failures;
        private int conflicts;
        private int unexpected;
        private boolean reload;
        private @Nullable String unacknowledged;
        private int attached;
        private long lastSavedAt;

        Writer(int number, Authentication authentication, CaseStudyAuthoring authoring,
                CaseStudyAttachments attachments) {
            this.number = number;
            this.authentication = authentication;
            this.authoring = authoring;
            this.attachments = attachments;
            typed.append("Writer ").append(number).append(':');
        }

        void tick(ScheduledExecutorService clock) {
            long next = TYPING_PAUSE_MS;
            SecurityContextHolder.getContext().setAuthentication(authentication);
            try {
                synchronized (this) {
                    if (typing && !stopped) {
                        typed.append(" e").append(++edits);
                        pending = true;
                    }
                    if (pending) {
                        next = save() ? TYPING_PAUSE_MS : typing ? TYPING_PAUSE_MS : AutosaveRetry.RETRY_INTERVAL_MS;
                    }
                    if (stopped && !pending) {
                        return;
                    }
                }
            } finally {
                SecurityContextHolder.clearContext();
            }
            if (!clock.isShutdown()) {
                clock.schedule(() -> tick(clock), next, TimeUnit.MILLISECONDS);
            }
        }

        /** One autosave, as the editor does it; returns whether it went through. */
        private boolean save() {
            try {
                if (network == null) {
                    // The writer's own network, as the editor's new form proposes it.
                    network = authoring.newForm(Language.ENGLISH, null).network();
                }
                if (reload) {
                    var stored = authoring.edit(Objects.requireNonNull(caseStudyId));
                    if (!stored.form().section("summary").equals(unacknowledged)) {
                        unexpected++;
                        log.error("db-restart: writer {} met a real conflict", number);
                    }
                    version = stored.version();
                    reload = false;
                }
                SavedDraft saved = authoring.saveDraft(caseStudyId, form(), version, null);
                caseStudyId = saved.caseStudyId();
                version = saved.version();
                if (edits % 6 == 0 && attached < MAX_ATTACHMENTS) {
                    version = attachments.addAttachment(saved.caseStudyId(), version, "chart-" + edits + ".png",
                            png(edits)).version();
                    attached++;
                }
                pending = false;
                unacknowledged = null;
                saves++;
                lastSavedAt = System.nanoTime();
                return true;
            } catch (ChangedMeanwhile e) {
                // A save that failed with the connection had been committed (its answer was lost): as the editor
                // does, adopt the stored version when the stored draft is exactly what that save sent.
                conflicts++;
                reload = true;
                return false;
            } catch (RuntimeException e) {
                if (!DatabaseOutage.isCause(e)) {
                    unexpected++;
                    log.error("db-restart: writer {} failed unexpectedly", number, e);
                } else if (!reload) {
                    unacknowledged = typed.toString();
                }
                failures++;
                return false;
            }
        }

        private CaseStudyForm form() {
            return CaseStudyForm.empty(Objects.requireNonNull(network), Language.ENGLISH)
                    .withTitle("Drafted through a database restart " + number).withSection("summary", typed.toString());
        }

        synchronized void markBeforeOutage() {
            typedBeforeOutage = typed.toString();
        }

        synchronized void pauseTyping() {
            typing = false;
        }

        synchronized void resumeTyping() {
            typing = true;
        }

        synchronized void stopTyping() {
            stopped = true;
        }

        synchronized boolean pending() {
            return pending;
        }

        synchronized int saves() {
            return saves;
        }

        synchronized int failures() {
            return failures;
        }

        synchronized int conflicts() {
            return conflicts;
        }

        synchronized int unexpected() {
            return unexpected;
        }

        synchronized boolean savedSince(long nanos) {
            return lastSavedAt >= nanos;
        }

        synchronized String typed() {
            return typed.toString();
        }

        synchronized String typedBeforeOutage() {
            return typedBeforeOutage;
        }

        synchronized long caseStudyId() {
            return Objects.requireNonNull(caseStudyId);
        }

        private static byte[] png(int seed) {
            BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
            image.setRGB(seed % 8, 0, 0xFF0000 + seed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ImageIO.write(image, "png", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }

    /**
     * A PostgreSQL 15 cluster of its own in a temporary folder, on a free port, that the drill may stop and start: the
     * machine's PostgreSQL is never touched. As root, the server runs as the postgres user (it refuses root).
     */
    static final class ThrowawayPostgres implements AutoCloseable {

        private final Path data;
        private final int port;
        private long lastStartedAt;

        private ThrowawayPostgres(Path data, int port) {
            this.data = data;
            this.port = port;
        }

        static ThrowawayPostgres start(Path folder) throws IOException, InterruptedException {
            Files.createDirectories(folder);
            Path data = folder.resolve("data");
            Files.createDirectories(data);
            if (asRoot()) {
                // The postgres user must reach its data folder through the temporary folders above it.
                run(List.of("chmod", "755", folder.getParent().toString(), folder.toString()));
                run(List.of("chown", "-R", "postgres:postgres", folder.toString()));
            }
            run(pg("initdb", "-D", data.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                    "--locale=C.UTF-8"));
            ThrowawayPostgres postgres = new ThrowawayPostgres(data, freePort());
            postgres.start();
            return postgres;
        }

        int port() {
            return port;
        }

        long lastStartedAt() {
            return lastStartedAt;
        }

        void start() throws IOException, InterruptedException {
            run(pg("pg_ctl", "-D", data.toString(), "-w", "-l", data.resolve("server.log").toString(), "-o",
                    "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -c timezone=UTC", "start"));
            lastStartedAt = System.nanoTime();
        }

        void stop(String mode) throws IOException, InterruptedException {
            run(pg("pg_ctl", "-D", data.toString(), "-w", "-m", mode, "stop"));
        }

        @Override
        public void close() throws IOException, InterruptedException {
            try {
                stop("immediate");
            } catch (IllegalStateException alreadyStopped) {
                log.debug("The throwaway PostgreSQL was not running");
            } finally {
                run(List.of("rm", "-rf", data.getParent().toString()));
            }
        }

        private static List<String> pg(String program, String... arguments) {
            List<String> command = new ArrayList<>();
            if (asRoot()) {
                Collections.addAll(command, "runuser", "-u", "postgres", "--");
            }
            command.add(PG_BIN.resolve(program).toString());
            Collections.addAll(command, arguments);
            return command;
        }

        private static boolean asRoot() {
            return "root".equals(System.getProperty("user.name"));
        }

        private static void run(List<String> command) throws IOException, InterruptedException {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("Failed: " + String.join(" ", command));
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
