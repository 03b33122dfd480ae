package org.healthequity.exchange;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The UI benchmark's load client: blocking HTTP/1.1 over plain sockets with keep-alive, one connection per simulated
 * browser at a time, as a browser tab holds one. The JDK's {@code HttpClient} spent about 7 ms of CPU per first view
 * (three requests) in its asynchronous machinery, on the same two cores as the portal it measured; this client does
 * the same exchanges with a fraction of that, so the closed loop measures the portal rather than its client. It
 * speaks only what the benchmark needs: GET and POST, Content-Length and chunked bodies, no redirects followed (as
 * before), plain http (for https the benchmark keeps the JDK's client).
 */
final class PlainHttpClient {

    record Reply(int status, Map<String, List<String>> headers, byte[] body) {

        String first(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? "" : values.getFirst();
        }

        List<String> all(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }
    }

    /** The idle connections of one simulated browser. */
    static final class Connections {
        private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();

        /** Closes the idle connections, as the portal does after its keep-alive time. */
        void close() {
            for (Connection c = idle.pollFirst(); c != null; c = idle.pollFirst()) {
                c.close();
            }
        }
    }

    private final String host;
    private final int port;
    private final String hostHeader;
    private final int timeoutMillis;

    PlainHttpClient(URI base, int timeoutMillis) {
        this.host = base.getHost();
        this.port = base.getPort() > 0 ? base.getPort() : 80;
        this.hostHeader = base.getPort() > 0 ? host + ":" + port : host;
        this.timeoutMillis = timeoutMillis;
    }

    static boolean speaks(URI base) {
        return "http".equalsIgnoreCase(base.getScheme());
    }

    Reply send(Connections browser, String method, String pathAndQuery, Map<String, String> headers,
            byte[] body) throws IOException {
        Connection reused = browser.idle.pollFirst();
        if (reused != null) {
            try {
                return exchange(browser, reused, true, method, pathAndQuery, headers, body);
            } catch (StaleConnection e) {
                // The portal closed an idle connection before this request reached it: nothing was sent, so again.
            }
        }
        return exchange(browser, new Connection(new Socket(host, port), timeoutMillis), false, method,
                pathAndQuery, headers, body);
    }

    private Reply exchange(Connections browser, Connection connection, boolean reused, String method,
            String pathAndQuery, Map<String, String> headers, byte[] body) throws IOException {
        boolean keep = false;
        try {
            StringBuilder head = new StringBuilder(256).append(method).append(' ').append(pathAndQuery)
                    .append(" HTTP/1.1\r\nHost: ").append(hostHeader).append("\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body.length > 0 || "POST".equals(method)) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            connection.answering = false;
            connection.out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            connection.out.write(body);
            connection.out.flush();
            Reply reply = connection.read(method);
            keep = !"close".equalsIgnoreCase(reply.first("Connection"));
            return reply;
        } catch (IOException e) {
            if (reused && !connection.answering) {
                throw new StaleConnection();
            }
            throw e;
        } finally {
            if (keep) {
                browser.idle.addFirst(connection);
            } else {
                connection.close();
            }
        }
    }

    /** A reused connection that the portal had closed: no byte of an answer came. */
    private static final class StaleConnection extends IOException {
        StaleConnection() {
            super("connection closed by the server while idle");
        }
    }

    private static final class Connection {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        /** Whether any byte of an answer came on this connection (then a failure is not a stale connection). */
        private boolean answering;

        Connection(Socket socket, int timeoutMillis) throws IOException {
            this.socket = socket;
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(timeoutMillis);
            this.in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            this.out = socket.getOutputStream();
        }

        Reply read(String method) throws IOException {
            String status = line(true);
            int code = Integer.parseInt(status.substring(9, 12));
            Map<String, List<String>> headers = new java.util.HashMap<>();
            for (String line = line(false); !line.isEmpty(); line = line(false)) {
                int colon = line.indexOf(':');
                headers.computeIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        k -> new ArrayList<>(1)).add(line.substring(colon + 1).strip());
            }
            byte[] body;
            List<String> length = headers.get("content-length");
            List<String> encoding = headers.get("transfer-encoding");
            if ("HEAD".equals(method) || code == 204 || code == 304) {
                body = new byte[0];
            } else if (encoding != null && encoding.getFirst().toLowerCase(Locale.ROOT).contains("chunked")) {
                body = chunked();
            } else if (length != null) {
                body = in.readNBytes(Integer.parseInt(length.getFirst()));
            } else {
                body = in.readAllBytes();
                headers.put("connection", List.of("close"));
            }
            return new Reply(code, headers, body);
        }

        private byte[] chunked() throws IOException {
            ByteArrayOutputStream all = new ByteArrayOutputStream(32 * 1024);
            while (true) {
                String size = line(false);
                int semicolon = size.indexOf(';');
                int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
                if (n == 0) {
                    while (!line(false).isEmpty()) {
                        // trailers, none expected
                    }
                    return all.toByteArray();
                }
                all.write(in.readNBytes(n));
                line(false);
            }
        }

        private String line(boolean first) throws IOException {
            StringBuilder line = new StringBuilder(64);
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    throw new EOFException(first && line.isEmpty() ? "connection closed before an answer"
                            : "connection closed in the middle of an answer");
                }
                answering = true;
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing only
            }
        }
    }
}
