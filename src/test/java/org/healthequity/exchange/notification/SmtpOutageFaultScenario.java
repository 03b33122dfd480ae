package org.healthequity.exchange.notification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.healthequity.exchange.support.PortalProcess;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthequity.exchange.notification.OutboxCrashFaultScenario.waitUntil;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The mail server is down for a while (docs/operations.md, "The mail server is down"): mail queued meanwhile waits in
 * the outbox, each try finds the server down (which uses up none of the message's attempts), and once the server is
 * back every message goes out at its next try; nothing is lost, nothing given up on. Prints one line:
 * {@code FAULT smtp-down ok=<bool> queued=N delivered=N lost=0 down_s=...}
 */
class SmtpOutageFaultScenario {

    private static final String NAME = "smtp-down";
    private static final int QUEUED = 50;
    private static final String RECIPIENT = "smtp-down@example.net";
    /** At least this long down, and until the sender has found it down. */
    private static final Duration OUTAGE = Duration.ofSeconds(15);

    @Test
    void mailQueuedWhileTheServerIsDownIsSentWhenItReturns() throws Exception {
        String only = System.getProperty("fault.only", "");
        assumeTrue(only.isBlank() || only.equals(NAME), "only " + only);

        Path work = Files.createDirectories(Path.of("target", "faults", NAME)).toAbsolutePath();
        String database = PortalProcess.scratchDatabase("fault_smtp_down");
        ServerSetup setup = new ServerSetup(PortalProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail smtp = new GreenMail(setup);
        Map<String, String> environment = new HashMap<>(PortalProcess.databaseEnvironment(database));
        environment.putAll(Map.of("EXCHANGE_DATA_DIR", work.resolve("data").toString(),
                "SPRING_MAIL_HOST", "127.0.0.1", "SPRING_MAIL_PORT", Integer.toString(setup.getPort()),
                "EXCHANGE_MAIL_SEND_INTERVAL", "PT1S"));
        try (Connection db = PortalProcess.connect(database);
                PortalProcess portal = PortalProcess.start(environment, work.resolve("portal.log"))) {
            portal.awaitReady(Duration.ofMinutes(4));
            // The server is down (never started): mail is queued; each run of the sender stops at the first message
            // that finds the server down, and that message waits a minute.
            long down = System.nanoTime();
            queue(db);
            boolean foundDown = waitUntil(Duration.ofMinutes(1), Duration.ofMillis(200),
                    () -> count(db, "last_error is not null and status = 'QUEUED'") > 0
                            && Duration.ofNanos(System.nanoTime() - down).compareTo(OUTAGE) >= 0);
            smtp.start();
            long downSeconds = Duration.ofNanos(System.nanoTime() - down).toSeconds();

            // Back: each message goes out at its next try (a minute after it found the server down).
            waitUntil(Duration.ofMinutes(4), Duration.ofMillis(500),
                    () -> received(smtp).size() == QUEUED && count(db, "status = 'SENT'") == QUEUED);
            int delivered = received(smtp).size();
            int lost = QUEUED - delivered;
            boolean ok = foundDown && delivered == QUEUED && lost == 0 && count(db, "status = 'FAILED'") == 0
                    && count(db, "attempts > 1") == 0;
            System.out.println("FAULT " + NAME + " ok=" + ok + " queued=" + QUEUED + " delivered=" + delivered
                    + " lost=" + lost + " down_s=" + downSeconds);
            assertThat(foundDown).as("the sender found the server down").isTrue();
            assertThat(delivered).isEqualTo(QUEUED);
        } finally {
            smtp.stop();
            PortalProcess.dropDatabase(database);
        }
    }

    private static void queue(Connection db) throws Exception {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("""
                    insert into outgoing_mail (recipient, language, template, subject, text_body, html_body, status,
                        attempts, created_at, next_attempt_at)
                    select '%s', 'en', 'fault-scenario', 'SMTP down ' || n, 'Message ' || n,
                        '<p>Message ' || n || '</p>', 'QUEUED', 0, now(), now()
                    from generate_series(1, %d) n""".formatted(RECIPIENT, QUEUED));
        }
    }

    private static int count(Connection db, String condition) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(
                "select count(*) from outgoing_mail where recipient = '" + RECIPIENT + "' and " + condition)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static Set<String> received(GreenMail smtp) throws Exception {
        Set<String> subjects = new HashSet<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            subjects.add(message.getSubject());
        }
        return subjects;
    }
}
