package org.healthequity.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.healthequity.exchange.support.TestSupportConfiguration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.sun.management.OperatingSystemMXBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web tier's load benchmark (not a test: it asserts only that it ran). Opens Vaadin views over plain HTTP the way
 * the browser's bootstrap does: the page (index.html), then {@code ?v-r=init&location=...} (the UI is created and its
 * ids and CSRF token come back), then the navigation UIDL request ({@code ?v-r=uidl&v-uiId=...} with the
 * {@code ui-navigate} event); when a person opens the next page, the previous UI's unload beacon is sent, as a browser
 * does. Each simulated person has a cookie jar of its own (its own HTTP session); some sign in as demo accounts.
 *
 * <p>Phases: warm-up; heap per open session (in-process only: full GC, N new sessions with one view each, full GC);
 * a closed loop of back-to-back views that saturates the CPU ({@code max_views_per_s}, server CPU per view); an open
 * loop of {@code bench.users} people each opening a page every {@code bench.think} seconds on average (Poisson) for
 * {@code bench.duration} seconds (latency from the scheduled start, errors). Prints a per-route table, then one UI
 * line. Run with {@code ./mvnw -Pbench-ui verify}, or against a running portal with {@code -Dbench.url=http://h:p}.
 * With {@code -Dbench.wire-only=true} only the bytes are measured: every route opened once, no load phases.
 */
class UiLoadBenchmark {

    /** Pages a visitor opens, with the query strings people use. */
    private static final List<String> VISITOR_ROUTES = List.of("/", "/case-studies", "/case-studies?country=KE",
            "/search?q=health", "/search?q=housing+policy", "/search?q=malaria", "/search?q=mental+health",
            "/webinars", "/calls", "/members", "/groups");

    /** Pages only a signed-in member opens (besides the visitor's). */
    private static final List<String> MEMBER_ROUTES = List.of("/dashboard", "/my/profile", "/my/case-studies",
            "/account", "/my/webinars");

    /**
     * The applicant (role APPLICANT only) is not a member and may not open {@code /my/case-studies} (the portal refuses
     * it, and its menu does not offer it); the applicant's own page is {@code /my/applications}.
     */
    private static final List<String> APPLICANT_ROUTES = MEMBER_ROUTES.stream()
            .map(route -> route.equals("/my/case-studies") ? "/my/applications" : route).toList();

    private static final String APPLICANT = "applicant@example.org";

    private static final List<String> DEMO_ACCOUNTS = List.of("member@example.org", "researcher@example.org",
            "lead@example.org", "reviewer@example.org", "secretariat@example.org", "admin@example.org",
            APPLICANT);

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");
    private static final Pattern SPRING_CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final int users = Integer.getInteger("bench.users", 500);
    private final double think = Double.parseDouble(System.getProperty("bench.think", "10"));
    private final int duration = Integer.getInteger("bench.duration", 60);
    private final int workers = Integer.getInteger("bench.workers", 8);
    private final int closedSeconds = Integer.getInteger("bench.closed-duration", 20);
    private final PortalProcess portalProcess = new PortalProcess(Long.getLong("bench.portal-pid", -1));
    private final int heapSessions = Integer.getInteger("bench.sessions", 300);
    private final double signedInShare = Double.parseDouble(System.getProperty("bench.signed-in", "0.1"));
    private final String remote = System.getProperty("bench.url", "").strip();
    private final boolean wireOnly = Boolean.getBoolean("bench.wire-only");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    private final Map<String, RouteFigures> routes = new ConcurrentHashMap<>();
    private final AtomicBoolean portalGzips = new AtomicBoolean();
    private String base;
    /** The lean client for plain http (null for https: then the JDK's client). */
    private @Nullable PlainHttpClient plain;

    /** One simulated person: a cookie jar (its session) and the UI its browser tab shows. */
    static final class Person {
        final Map<String, String> cookies = new ConcurrentHashMap<>();
        final ReentrantLock busy = new ReentrantLock();
        final PlainHttpClient.Connections connections = new PlainHttpClient.Connections();
        final String account;
        OpenUi shown;

        Person(String account) {
            this.account = account;
        }

        String cookieHeader() {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=')
                    .append(value));
            return header.toString();
        }
    }

    record OpenUi(int uiId, String csrf, int syncId) {
    }

    /** What one first view cost on the wire and in time. */
    record View(String route, long nanos, long bytes, long gzipBytes, boolean ok) {
    }

    static final class RouteFigures {
        final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        final AtomicLong bytes = new AtomicLong();
        final AtomicLong gzipBytes = new AtomicLong();
        final AtomicInteger views = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
    }

    @Test
    void opensViewsLikeBrowsers() throws Exception {
        ConfigurableApplicationContext portal = remote.isEmpty() ? startPortal() : null;
        try {
            base = portal == null ? remote.replaceAll("/+$", "")
                    : "http://127.0.0.1:" + portal.getEnvironment().getProperty("local.server.port");
            plain = PlainHttpClient.speaks(URI.create(base)) ? new PlainHttpClient(URI.create(base), 30_000) : null;
            run();
        } finally {
            if (portal != null) {
                portal.close();
            }
        }
    }

    private ConfigurableApplicationContext startPortal() {
        return new SpringApplicationBuilder(ExchangeApplication.class, TestSupportConfiguration.class)
                .profiles("test")
                .run("--server.port=0", "--management.server.port=0", "--vaadin.productionMode=true",
                        "--exchange.demo-data=true", "--exchange.data-dir=target/bench-ui-data",
                        "--logging.level.org.healthequity.exchange=warn");
    }

    private void run() throws Exception {
        List<Person> people = new ArrayList<>();
        int signedIn = (int) Math.round(users * signedInShare);
        for (int i = 0; i < users; i++) {
            people.add(new Person(i < signedIn ? DEMO_ACCOUNTS.get(i % DEMO_ACCOUNTS.size()) : null));
        }
        Collections.shuffle(people, new Random(14));
        if (wireOnly) {
            wireOnly();
            return;
        }
        for (Person person : people) {
            if (person.account != null) {
                signIn(person);
            }
        }
        Random random = new Random(42);
        // Warm-up: every route a few times (JIT, caches, first searches), not counted.
        for (int round = 0; round < 3; round++) {
            for (String route : VISITOR_ROUTES) {
                firstView(new Person(null), route, false);
            }
            for (String route : MEMBER_ROUTES) {
                firstView(people.stream().filter(p -> p.account != null).findFirst().orElseThrow(), route, false);
            }
            people.stream().filter(p -> APPLICANT.equals(p.account)).findFirst()
                    .ifPresent(applicant -> firstView(applicant, "/my/applications", false));
        }
        routes.clear();

        String heapPerSession = heapPerSession(random);
        routes.clear();

        // Closed loop: workers open views back to back, each on persons of its own.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuBefore = serverCpuNanos(threads);
        JvmCost costBefore = JvmCost.now();
        AtomicInteger closedViews = new AtomicInteger();
        long closedStart = System.nanoTime();
        long closedEnd = closedStart + TimeUnit.SECONDS.toNanos(closedSeconds);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int worker = w;
                running.add(pool.submit(() -> {
                    Random own = new Random(worker);
                    int i = worker;
                    while (System.nanoTime() < closedEnd) {
                        Person person = people.get(i % people.size());
                        i += workers;
                        firstView(person, routeFor(person, own), true);
                        closedViews.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
        double closedElapsed = (System.nanoTime() - closedStart) / 1e9;
        long cpuAfter = serverCpuNanos(threads);
        JvmCost cost = JvmCost.now().minus(costBefore);
        double maxViewsPerSecond = closedViews.get() / closedElapsed;
        String cpuPerView = cpuBefore < 0 ? "n/a"
                : String.format(Locale.ROOT, "%.1f", (cpuAfter - cpuBefore) / 1e6 / closedViews.get());
        routes.clear();

        // Open loop: each person opens a page every `think` seconds on average (Poisson arrivals, all people).
        List<View> views = Collections.synchronizedList(new ArrayList<>());
        double rate = users / think;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        long end = start + TimeUnit.SECONDS.toNanos(duration);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            long at = start;
            while (true) {
                at += (long) (-Math.log(1 - random.nextDouble()) / rate * 1e9);
                if (at >= end) {
                    break;
                }
                Person person = people.get(random.nextInt(people.size()));
                String route = routeFor(person, random);
                long scheduled = at;
                long wait = scheduled - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                pool.submit(() -> {
                    View view = firstView(person, route, true);
                    // Latency from the moment the person clicked, so a slow server is not hidden by late starts.
                    views.add(new View(route, System.nanoTime() - scheduled, view.bytes(), view.gzipBytes(),
                            view.ok()));
                });
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;

        printRoutes();
        List<Long> latencies = views.stream().map(View::nanos).sorted().toList();
        long errors = views.stream().filter(v -> !v.ok()).count();
        // Bytes of complete first views only (a failed view's partial answer would flatter the figure).
        double wire = views.stream().filter(View::ok).mapToLong(View::bytes).average().orElse(0) / 1024;
        double wireGzip = views.stream().filter(View::ok).mapToLong(View::gzipBytes).average().orElse(0) / 1024;
        System.out.println("UI load benchmark against " + base + (remote.isEmpty() ? " (in-process)" : "")
                + ": server CPU per view in the closed loop (ms) cpu_ms_per_view=" + cpuPerView + ", workers="
                + workers + (remote.isEmpty() ? ", " + cost.perView(closedViews.get())
                        : String.format(Locale.ROOT, ", client_cpu_ms_per_view=%.1f (the load client in this JVM), ",
                                cost.processCpuNanos() / 1e6 / Math.max(1, closedViews.get())) + portalProcess.perView(
                                closedViews.get(), cpuAfter - cpuBefore)));
        System.out.println(String.format(Locale.ROOT,
                "UI users=%d think_s=%s p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f views_per_s=%.1f max_views_per_s=%.1f"
                        + " errors=%d heap_kb_per_session=%s wire_kb_per_view=%.1f wire_gzip_kb_per_view=%s",
                users, trim(think), percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99),
                views.size() / elapsed, maxViewsPerSecond, errors, heapPerSession, wire,
                portalGzips.get() ? String.format(Locale.ROOT, "%.1f", wireGzip) : "n/a"));
        assertThat(views).isNotEmpty();
    }

    /**
     * Bytes only: each route opened once in a session of its own (a visitor, or the member and the applicant for
     * their pages), after one unmeasured round that fills the caches. The average weighs the routes as the load
     * phases draw them (visitor routes for everyone, a third of the signed-in people's views on their own pages), so
     * it compares with the full run's {@code wire_kb_per_view}.
     */
    private void wireOnly() throws Exception {
        Person member = new Person(DEMO_ACCOUNTS.getFirst());
        Person applicant = new Person(APPLICANT);
        signIn(member);
        signIn(applicant);
        for (boolean count : new boolean[] { false, true }) {
            routes.clear();
            for (String route : VISITOR_ROUTES) {
                firstView(new Person(null), route, count);
            }
            for (String route : MEMBER_ROUTES) {
                firstView(member, route, count);
            }
            firstView(applicant, "/my/applications", count);
        }
        printRoutes();
        double memberShare = signedInShare / 3;
        double wire = 0;
        double wireGzip = 0;
        long errors = 0;
        List<Long> latencies = new ArrayList<>();
        for (var entry : routes.entrySet()) {
            RouteFigures f = entry.getValue();
            errors += f.errors.get();
            latencies.addAll(f.nanos);
            int n = Math.max(1, f.views.get() - f.errors.get());
            double weight = VISITOR_ROUTES.contains(entry.getKey()) ? (1 - memberShare) / VISITOR_ROUTES.size()
                    : MEMBER_ROUTES.contains(entry.getKey()) ? memberShare / MEMBER_ROUTES.size() : 0;
            wire += weight * f.bytes.get() / 1024.0 / n;
            wireGzip += weight * f.gzipBytes.get() / 1024.0 / n;
        }
        Collections.sort(latencies);
        System.out.println("UI load benchmark against " + base + (remote.isEmpty() ? " (in-process)" : "")
                + ": wire only, each route once (the member's pages as " + member.account + ")");
        System.out.println(String.format(Locale.ROOT,
                "UI users=%d think_s=n/a p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f views_per_s=n/a max_views_per_s=n/a"
                        + " errors=%d heap_kb_per_session=n/a wire_kb_per_view=%.1f wire_gzip_kb_per_view=%s"
                        + " mode=wire-only",
                VISITOR_ROUTES.size() + 2, percentile(latencies, 50), percentile(latencies, 95),
                percentile(latencies, 99), errors, wire,
                portalGzips.get() ? String.format(Locale.ROOT, "%.1f", wireGzip) : "n/a"));
        assertThat(routes).isNotEmpty();
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private String routeFor(Person person, Random random) {
        if (person.account != null && random.nextInt(3) == 0) {
            List<String> own = APPLICANT.equals(person.account) ? APPLICANT_ROUTES : MEMBER_ROUTES;
            return own.get(random.nextInt(own.size()));
        }
        return VISITOR_ROUTES.get(random.nextInt(VISITOR_ROUTES.size()));
    }

    /** Heap held per open session with one view: used heap after full GCs, with N more sessions minus without. */
    private String heapPerSession(Random random) throws Exception {
        if (!remote.isEmpty()) {
            return "n/a";
        }
        long before = usedHeapAfterGc();
        List<Person> held = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < heapSessions; i++) {
                Person person = new Person(null);
                held.add(person);
                String route = VISITOR_ROUTES.get(random.nextInt(VISITOR_ROUTES.size()));
                running.add(pool.submit(() -> firstView(person, route, false)));
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
        // A session outlives its browser's connection (the portal closes an idle one after its keep-alive time): the
        // connections, with the client's and the server's buffers, are not the sessions' state.
        held.forEach(person -> person.connections.close());
        long after = usedHeapAfterGc();
        // The client's own cookie jars are counted too (under 1 KB a person): the figure errs on the high side.
        String figure = Long.toString((after - before) / 1024 / heapSessions);
        assertThat(held).hasSize(heapSessions);
        return figure;
    }

    private static long usedHeapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /**
     * What the whole JVM spent in the closed loop, to account for the CPU that is not the request threads' (the load
     * client in the same JVM, the collector, the compiler): process CPU, collection time, bytes allocated by the
     * request threads.
     */
    record JvmCost(long processCpuNanos, long gcMillis, long serverAllocatedBytes) {

        static JvmCost now() {
            long cpu = ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                    ? os.getProcessCpuTime() : -1;
            long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(bean -> Math.max(0, bean.getCollectionTime())).sum();
            long allocated = 0;
            if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads) {
                for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
                    if (info != null && info.getThreadName().contains("-exec-")) {
                        allocated += Math.max(0, threads.getThreadAllocatedBytes(info.getThreadId()));
                    }
                }
            }
            return new JvmCost(cpu, gc, allocated);
        }

        JvmCost minus(JvmCost before) {
            return new JvmCost(processCpuNanos - before.processCpuNanos, gcMillis - before.gcMillis,
                    serverAllocatedBytes - before.serverAllocatedBytes);
        }

        String perView(int views) {
            int n = Math.max(1, views);
            return String.format(Locale.ROOT, "process_cpu_ms_per_view=%.1f, gc_ms_per_view=%.2f,"
                    + " server_alloc_kb_per_view=%.0f", processCpuNanos / 1e6 / n, (double) gcMillis / n,
                    serverAllocatedBytes / 1024.0 / n);
        }
    }

    /**
     * The portal's own process when it runs on this machine ({@code -Dbench.portal-pid=<pid>}): its whole CPU (user and
     * system, from /proc) in the closed loop, so a remote run separates what the portal spent from what the load client
     * in this JVM spent on the same cores.
     */
    record PortalProcess(long pid) {

        long cpuNanos() {
            if (pid < 0) {
                return -1;
            }
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command; in clock ticks.
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                return ticks * (1_000_000_000L / 100);
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }

        String perView(int views, long cpuNanos) {
            if (pid < 0 || cpuNanos < 0) {
                return "portal process CPU n/a (give -Dbench.portal-pid)";
            }
            double ms = cpuNanos / 1e6 / Math.max(1, views);
            return String.format(Locale.ROOT, "portal_process_cpu_ms_per_view=%.1f, portal_alone_max_views_per_s=%.0f"
                    + " (%d cores)", ms, Runtime.getRuntime().availableProcessors() * 1000 / ms,
                    Runtime.getRuntime().availableProcessors());
        }
    }

    /** CPU of the servlet container's request threads (in-process), of the portal's process (remote), or -1. */
    private long serverCpuNanos(ThreadMXBean threads) {
        if (!remote.isEmpty()) {
            return portalProcess.cpuNanos();
        }
        if (!threads.isThreadCpuTimeSupported()) {
            return -1;
        }
        long sum = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains("-exec-")) {
                sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }

    private void signIn(Person person) throws IOException, InterruptedException {
        Response login = get(person, "/login");
        Matcher csrf = SPRING_CSRF.matcher(login.body());
        String form = "username=" + enc(person.account) + "&password=" + enc("exchange-demo")
                + (csrf.find() ? "&_csrf=" + enc(csrf.group(1)) : "");
        Response response = post(person, "/login", form, "application/x-www-form-urlencoded");
        if (response.status() != 302 || response.location().contains("error")) {
            throw new IllegalStateException("Sign-in of " + person.account + " failed: " + response.status()
                    + " " + response.location());
        }
    }

    /** The page, the UI's init request and the navigation request; first the unload beacon of the page left. */
    private View firstView(Person person, String route, boolean count) {
        person.busy.lock();
        long started = System.nanoTime();
        long bytes = 0;
        long gzip = 0;
        boolean ok = false;
        try {
            if (person.shown != null) {
                OpenUi left = person.shown;
                person.shown = null;
                String beacon = "{\"csrfToken\":\"" + left.csrf() + "\",\"rpc\":[],\"syncId\":" + left.syncId()
                        + ",\"clientId\":1,\"UNLOAD\":true}";
                post(person, "/?v-r=uidl&v-uiId=" + left.uiId(), beacon, "text/plain;charset=UTF-8");
            }
            int question = route.indexOf('?');
            String path = question < 0 ? route : route.substring(0, question);
            String query = question < 0 ? "" : route.substring(question + 1);

            Response page = get(person, route);
            bytes += page.bytes();
            gzip += page.gzipBytes();
            if (page.status() != 200) {
                keepFirstFailure(route, "page " + page.status() + ": " + page.body());
                return record(route, started, bytes, gzip, false, count);
            }
            Response init = get(person, "/?v-r=init&location=" + enc(path.substring(1)) + "&query=" + enc(query)
                    + "&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1280&v-bh=960&v-bw=1280&v-curdate="
                    + System.currentTimeMillis() + "&v-tzo=-60&v-dstd=0&v-rtzo=-60&v-dston=false"
                    + "&v-tzid=Europe%2FZurich&v-td=false&v-pr=1&v-np=Linux%20x86_64");
            bytes += init.bytes();
            gzip += init.gzipBytes();
            Matcher key = SECURITY_KEY.matcher(init.body());
            Matcher uiId = UI_ID.matcher(init.body());
            if (init.status() != 200 || !key.find() || !uiId.find()) {
                keepFirstFailure(route, "init " + init.status() + ": " + init.body());
                return record(route, started, bytes, gzip, false, count);
            }
            String csrf = key.group(1);
            int ui = Integer.parseInt(uiId.group(1));
            String navigate = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                    + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + json(path.substring(1))
                    + "\",\"query\":\"" + json(query) + "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                    + "\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
            Response uidl = post(person, "/?v-r=uidl&v-uiId=" + ui, navigate, "application/json; charset=UTF-8");
            bytes += uidl.bytes();
            gzip += uidl.gzipBytes();
            Matcher sync = SYNC_ID.matcher(uidl.body());
            ok = uidl.status() == 200 && sync.find()
                    && !uidl.body().contains("error-view") && !uidl.body().contains("\"appError\"")
                    && !uidl.body().contains("sessionExpired");
            if (!ok) {
                keepFirstFailure(route, "init " + init.status() + ": " + init.body() + "\n\nuidl " + uidl.status()
                        + ": " + uidl.body());
            }
            if (ok) {
                person.shown = new OpenUi(ui, csrf, Integer.parseInt(sync.group(1)));
            }
            return record(route, started, bytes, gzip, ok, count);
        } catch (IOException | RuntimeException e) {
            return record(route, started, bytes, gzip, false, count);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return record(route, started, bytes, gzip, false, count);
        } finally {
            person.busy.unlock();
        }
    }

    private final AtomicBoolean failureKept = new AtomicBoolean();

    /** The first failed view's responses, for finding out why (target/bench-ui-first-failure.txt). */
    private void keepFirstFailure(String route, String text) {
        if (failureKept.compareAndSet(false, true)) {
            try {
                Files.writeString(Path.of("target", "bench-ui-first-failure.txt"),
                        route + "\n" + text);
            } catch (IOException e) {
                failureKept.set(false);
            }
        }
    }

    private View record(String route, long started, long bytes, long gzip, boolean ok, boolean count) {
        long nanos = System.nanoTime() - started;
        if (count) {
            RouteFigures figures = routes.computeIfAbsent(route, r -> new RouteFigures());
            figures.nanos.add(nanos);
            figures.views.incrementAndGet();
            if (ok) {
                figures.bytes.addAndGet(bytes);
                figures.gzipBytes.addAndGet(gzip);
            } else {
                figures.errors.incrementAndGet();
            }
        }
        return new View(route, nanos, bytes, gzip, ok);
    }

    private void printRoutes() {
        // gzip_kb: as sent when the portal compresses, else what compressing would give.
        System.out.println(String.format(Locale.ROOT, "%-28s %7s %8s %8s %9s %7s", "route", "views", "p50_ms",
                "wire_kb", "gzip_kb", "errors"));
        routes.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            RouteFigures f = entry.getValue();
            List<Long> sorted = f.nanos.stream().sorted().toList();
            int n = Math.max(1, f.views.get() - f.errors.get());
            System.out.println(String.format(Locale.ROOT, "%-28s %7d %8.1f %8.1f %9.1f %7d", entry.getKey(),
                    f.views.get(), percentile(sorted, 50), f.bytes.get() / 1024.0 / n, f.gzipBytes.get() / 1024.0 / n,
                    f.errors.get()));
        });
    }

    private static double percentile(List<Long> sortedNanos, int percent) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(index, sortedNanos.size() - 1))) / 1e6;
    }

    record Response(int status, String body, long bytes, long gzipBytes, String location) {
    }

    private Response get(Person person, String pathAndQuery) throws IOException, InterruptedException {
        return send(person, "GET", pathAndQuery, null, "");
    }

    private Response post(Person person, String pathAndQuery, String body, String type)
            throws IOException, InterruptedException {
        return send(person, "POST", pathAndQuery, type, body);
    }

    /**
     * Counts the bytes as they came (compressed if the portal gzipped them) and as they are; when the portal sent
     * them uncompressed, the gzip figure is what compressing them would give.
     */
    private Response send(Person person, String method, String pathAndQuery, @Nullable String type, String body)
            throws IOException, InterruptedException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept-Encoding", "gzip");
        headers.put("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) UiLoadBenchmark Chrome/140.0");
        String cookies = person.cookieHeader();
        if (!cookies.isEmpty()) {
            headers.put("Cookie", cookies);
        }
        if (type != null) {
            headers.put("Content-Type", type);
        }
        int status;
        byte[] raw;
        String encoding;
        String location;
        List<String> setCookies;
        if (plain != null) {
            PlainHttpClient.Reply reply = plain.send(person.connections, method, pathAndQuery, headers,
                    body.getBytes(StandardCharsets.UTF_8));
            status = reply.status();
            raw = reply.body();
            encoding = reply.first("Content-Encoding");
            location = reply.first("Location");
            setCookies = reply.all("Set-Cookie");
        } else {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                    .timeout(Duration.ofSeconds(30));
            headers.forEach(request::header);
            request.method(method, body.isEmpty() && "GET".equals(method) ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            status = response.statusCode();
            raw = response.body();
            encoding = response.headers().firstValue("Content-Encoding").orElse("");
            location = response.headers().firstValue("Location").orElse("");
            setCookies = response.headers().allValues("Set-Cookie");
        }
        remember(person, setCookies);
        boolean gzipped = "gzip".equalsIgnoreCase(encoding);
        if (gzipped) {
            portalGzips.set(true);
        }
        byte[] plainBytes = gzipped ? gunzip(raw) : raw;
        long compressed = gzipped ? raw.length : gzip(raw).length;
        return new Response(status, new String(plainBytes, StandardCharsets.UTF_8), plainBytes.length, compressed,
                location);
    }

    private static void remember(Person person, List<String> setCookies) {
        for (String cookie : setCookies) {
            String pair = cookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                person.cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
    }

    private static byte[] gunzip(byte[] raw) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(raw);
        }
        return out.toByteArray();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String json(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
