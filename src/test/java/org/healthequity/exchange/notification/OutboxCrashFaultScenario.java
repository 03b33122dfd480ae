package org.healthequity.exchange.notification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;
import org.healthequity.exchange.support.PortalProcess;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * kill -9 while the outbox is sending (docs/operations.md, "The portal was killed while sending mail"): 500 messages
 * queued, the portal killed after some went out, started again. Every message must arrive; the only copies sent twice
 * are those that were in flight at the kill (accepted by the SMTP server, not yet marked sent), each with the same
 * Message-ID as its first copy. Prints one line:
 * {@code FAULT outbox-kill ok=<bool> queued=500 delivered=500 duplicates=N same_message_id=<bool> restart_ms=...}
 * where restart_ms is the time from starting the portal again to the last message delivered.
 */
class OutboxCrashFaultScenario {

    private static final String NAME = "outbox-kill";
    private static final int QUEUED = 500;
    private static final String RECIPIENT = "outbox-kill@example.net";

    @Test
    void everyMessageArrivesAfterAKillWhileSending() throws Exception {
        String only = System.getProperty("fault.only", "");
        assumeTrue(only.isBlank() || only.equals(NAME), "only " + only);

        Path work = Files.createDirectories(Path.of("target", "faults", NAME)).toAbsolutePath();
        String database = PortalProcess.scratchDatabase("fault_outbox_kill");
        GreenMail smtp = new GreenMail(new ServerSetup(PortalProcess.freePort(), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Map<String, String> environment = new HashMap<>(PortalProcess.databaseEnvironment(database));
        environment.putAll(Map.of("EXCHANGE_DATA_DIR", work.resolve("data").toString(),
                "SPRING_MAIL_HOST", "127.0.0.1", "SPRING_MAIL_PORT", Integer.toString(smtp.getSmtp().getPort()),
                "EXCHANGE_MAIL_SEND_INTERVAL", "PT0.1S"));
        try (Connection db = PortalProcess.connect(database)) {
            Set<String> inFlight;
            long restartMillis;
            try (PortalProcess first = PortalProcess.start(environment, work.resolve("portal-1.log"))) {
                first.awaitReady(Duration.ofMinutes(4));
                queue(db);
                waitUntil(Duration.ofMinutes(2), Duration.ofMillis(5),
                        () -> smtp.getReceivedMessages().length >= QUEUED / 5);
                first.kill();
            }
            // In flight at the kill: received by the SMTP server, not marked sent.
            Set<String> queuedAfterKill = subjects(db, "status = 'QUEUED'");
            inFlight = new HashSet<>();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (queuedAfterKill.contains(message.getSubject())) {
                    inFlight.add(message.getSubject());
                }
            }
            int deliveredBeforeKill = smtp.getReceivedMessages().length;

            long restarted = System.nanoTime();
            try (PortalProcess second = PortalProcess.start(environment, work.resolve("portal-2.log"))) {
                second.awaitReady(Duration.ofMinutes(4));
                waitUntil(Duration.ofMinutes(3), Duration.ofMillis(20),
                        () -> subjects(db, "status <> 'SENT'").isEmpty());
                restartMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restarted);
            }

            Map<String, String> storedIds = new HashMap<>();
            try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(
                    "select subject, message_id from outgoing_mail where recipient = '" + RECIPIENT + "'")) {
                while (rows.next()) {
                    storedIds.put(rows.getString(1), rows.getString(2));
                }
            }
            Map<String, Integer> copies = new HashMap<>();
            boolean sameMessageId = true;
            for (MimeMessage message : smtp.getReceivedMessages()) {
                copies.merge(message.getSubject(), 1, Integer::sum);
                sameMessageId &= message.getMessageID() != null
                        && message.getMessageID().equals(storedIds.get(message.getSubject()));
            }
            int delivered = (int) copies.keySet().stream().filter(storedIds::containsKey).count();
            int duplicates = copies.values().stream().mapToInt(n -> n - 1).sum();
            List<String> duplicated = copies.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                    .toList();
            boolean onlyInFlight = inFlight.containsAll(duplicated);
            boolean ok = delivered == QUEUED && sameMessageId && onlyInFlight && deliveredBeforeKill < QUEUED;
            System.out.println("FAULT " + NAME + " ok=" + ok + " queued=" + QUEUED + " delivered=" + delivered
                    + " duplicates=" + duplicates + " same_message_id=" + sameMessageId + " restart_ms="
                    + restartMillis);
            assertThat(deliveredBeforeKill).as("killed while sending").isBetween(1, QUEUED - 1);
            assertThat(delivered).isEqualTo(QUEUED);
            assertThat(sameMessageId).isTrue();
            assertThat(duplicated).as("copies sent twice were in flight at the kill").isSubsetOf(inFlight);
        } finally {
            smtp.stop();
            PortalProcess.dropDatabase(database);
        }
    }

    /** Waits for the condition; whether it held in time is for the figures to tell. */
    static boolean waitUntil(Duration timeout, Duration poll, Callable<Boolean> condition) {
        try {
            await().atMost(timeout).pollInterval(poll).until(condition);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    /** 500 messages written the way MailOutbox writes them (the database gives each its Message-ID). */
    private static void queue(Connection db) throws Exception {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("""
                    insert into outgoing_mail (recipient, language, template, subject, text_body, html_body, status,
                        attempts, created_at, next_attempt_at)
                    select '%s', 'en', 'fault-scenario', 'Outbox kill ' || n, 'Message ' || n,
                        '<p>Message ' || n || '</p>', 'QUEUED', 0, now(), now()
                    from generate_series(1, %d) n""".formatted(RECIPIENT, QUEUED));
        }
    }

    private static Set<String> subjects(Connection db, String condition) throws Exception {
        Set<String> subjects = new HashSet<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(
                "select subject from outgoing_mail where recipient = '" + RECIPIENT + "' and " + condition)) {
            while (rows.next()) {
                subjects.add(rows.getString(1));
            }
        }
        return subjects;
    }
}
