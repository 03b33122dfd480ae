package org.healthequity.exchange.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

/**
 * Debian's HAProxy running the production configuration (docs/deployment/haproxy.cfg) on a free port in front of two
 * nodes, with test-only lines added to its backend (for example a response header naming the node).
 */
public final class LoadBalancer implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path adminSocket;
    private final Path log;

    private LoadBalancer(Process process, int port, Path adminSocket, Path log) {
        this.process = process;
        this.port = port;
        this.adminSocket = adminSocket;
        this.log = log;
    }

    /**
     * @param nodeA, nodeB the nodes' public ports on 127.0.0.1 (servers "a" and "b" of the configuration)
     * @param backendLines lines added at the top of the "portal" backend
     */
    public static LoadBalancer start(Path configuration, Path folder, int nodeA, int nodeB, Duration checkInterval,
            String... backendLines) throws IOException {
        Path binary = Path.of(System.getProperty("haproxy.binary", "/usr/sbin/haproxy"));
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException("HAProxy is not installed at " + binary + " (apt-get install haproxy)");
        }
        Files.createDirectories(folder);
        String production = Files.readString(configuration);
        if (!production.contains("\nbackend portal\n")) {
            throw new IllegalStateException(configuration + " has no \"backend portal\" section");
        }
        StringBuilder extra = new StringBuilder("\nbackend portal\n");
        Arrays.stream(backendLines).forEach(line -> extra.append("    ").append(line).append('\n'));
        Path config = folder.resolve("haproxy.cfg");
        Files.writeString(config, production.replace("\nbackend portal\n", extra.toString()));
        int port = freePort();
        Path socket = folder.resolve("admin.sock");
        Path log = folder.resolve("haproxy.log");
        ProcessBuilder builder = new ProcessBuilder(binary.toString(), "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of(
                "EXCHANGE_LB_BIND", "127.0.0.1:" + port,
                "EXCHANGE_NODE_A", "127.0.0.1:" + nodeA,
                "EXCHANGE_NODE_B", "127.0.0.1:" + nodeB,
                "EXCHANGE_LB_CHECK_INTERVAL", checkInterval.toMillis() + "ms",
                "EXCHANGE_LB_ADMIN_SOCKET", socket.toString()));
        LoadBalancer balancer = new LoadBalancer(builder.start(), port, socket, log);
        Awaitility.await("HAProxy listening (log: " + log + ")").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50)).until(balancer::listening);
        return balancer;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** The state HAProxy gives a server of the portal backend: "UP", "DOWN", "UP 1/2" (going down), "MAINT", ... */
    public String serverStatus(String server) {
        List<String> lines = admin("show stat").lines().toList();
        List<String> header = Arrays.asList(lines.getFirst().replaceFirst("^# ", "").split(","));
        int proxy = header.indexOf("pxname");
        int name = header.indexOf("svname");
        int status = header.indexOf("status");
        return lines.stream().skip(1).map(line -> line.split(",", -1))
                .filter(row -> row.length > status && "portal".equals(row[proxy]) && server.equals(row[name]))
                .map(row -> row[status]).findFirst()
                .orElseThrow(() -> new IllegalStateException("No server " + server + " in HAProxy's portal backend"));
    }

    /** One command of HAProxy's runtime API, its answer. */
    public String admin(String command) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(adminSocket));
            channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.UTF_8)));
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            StringBuilder answer = new StringBuilder();
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                answer.append(StandardCharsets.UTF_8.decode(buffer));
                buffer.clear();
            }
            return answer.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private boolean listening() {
        if (!process.isAlive()) {
            throw new IllegalStateException("HAProxy stopped; see " + log);
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return Files.exists(adminSocket);
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
