package org.healthequity.exchange.support;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The portal as a separate JVM, as an operator runs it: for fault scenarios that kill it (SIGKILL) and start it again.
 * It runs from the test's class path less the test classes (no test configuration may leak into it), in production
 * mode, on free ports, with its own data folder, and writes its log to a file.
 */
public final class PortalProcess implements AutoCloseable {

    private final Process process;
    private final int managementPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private PortalProcess(Process process, int managementPort) {
        this.process = process;
        this.managementPort = managementPort;
    }

    /**
     * Starts the portal with these environment variables on top of the ones every run needs (free ports, no demo
     * data); returns once it has started its JVM, not once it is ready (see {@link #awaitReady}).
     */
    public static PortalProcess start(Map<String, String> environment, Path log) throws IOException {
        int port = freePort();
        int managementPort = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx768m", "--enable-native-access=ALL-UNNAMED", "--add-modules",
                "jdk.incubator.vector", "-Dvaadin.productionMode=true", "-cp", portalClassPath(),
                "org.healthequity.exchange.ExchangeApplication"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("PORT", Integer.toString(port));
        env.put("EXCHANGE_MANAGEMENT_PORT", Integer.toString(managementPort));
        env.put("EXCHANGE_DEMO_DATA", "false");
        env.put("EXCHANGE_DRAIN_TIME", "0s");
        env.putAll(environment);
        return new PortalProcess(builder.start(), managementPort);
    }

    /** Waits until the readiness probe answers UP; fails if the process ends first or the time runs out. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort
                + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal stopped while starting (exit " + process.exitValue()
                        + "); see its log");
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            process.waitFor(250, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("The portal was not ready within " + timeout);
    }

    /** kill -9: the JVM gets no chance to finish anything (Process.destroyForcibly sends SIGKILL on Linux). */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops it as an operator would (SIGTERM: graceful shutdown), killing it if it does not stop in time. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The test class path (as the test runner reports it) without the test classes themselves. */
    static String portalClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank() && !Path.of(entry).endsWith("test-classes")).toList());
    }

    /**
     * A scratch database beside the test database (TEST_DATABASE_URL, as scripts/faults sets it), named after it and
     * the scenario, dropped and created anew: a scenario starts from an empty schema that the portal migrates itself,
     * and two checkouts on one server do not share one.
     *
     * @return its name; {@link #databaseUrl} gives its JDBC URL
     */
    public static String scratchDatabase(String scenario) throws SQLException {
        String name = (testUrl().substring(testUrl().lastIndexOf('/') + 1).replaceAll("[?].*", "") + "_" + scenario)
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection admin = admin(); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        }
        return name;
    }

    public static String databaseUrl(String database) {
        return testUrl().substring(0, testUrl().lastIndexOf('/') + 1) + database;
    }

    /** The environment that points the portal at this database, with the test database's credentials. */
    public static Map<String, String> databaseEnvironment(String database) {
        return Map.of("EXCHANGE_DB_URL", databaseUrl(database),
                "EXCHANGE_DB_USER", System.getenv().getOrDefault("TEST_DATABASE_USER", "postgres"),
                "EXCHANGE_DB_PASSWORD", System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", ""));
    }

    /** A connection of the scenario's own to this database, as the test database's user. */
    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(databaseUrl(database),
                System.getenv().getOrDefault("TEST_DATABASE_USER", "postgres"),
                System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", ""));
    }

    public static void dropDatabase(String database) throws SQLException {
        try (Connection admin = admin(); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
        }
    }

    private static String testUrl() {
        return System.getenv().getOrDefault("TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/exchange_test");
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(testUrl(), System.getenv().getOrDefault("TEST_DATABASE_USER", "postgres"),
                System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", ""));
    }
}
