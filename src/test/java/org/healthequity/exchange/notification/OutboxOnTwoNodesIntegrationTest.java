package org.healthequity.exchange.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailSendException;

import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two senders (as on two nodes) share one outbox: each message goes out once, with the Message-ID it was queued with.
 */
class OutboxOnTwoNodesIntegrationTest extends IntegrationTest {

    @Autowired
    OutboxFixture mail;

    @Test
    void twoConcurrentSendersDeliverEachMessageOnce() throws Exception {
        OutboxSender otherNode = mail.otherNode();
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String to = uniqueEmail("two-nodes-" + i);
            recipients.add(to);
            mail.outbox().queue(to, Language.ENGLISH, "password-changed", "Someone " + i, "https://x.example/p");
        }

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> delivered = new ArrayList<>();
            for (OutboxSender node : List.of(mail.sender(), otherNode)) {
                delivered.add(nodes.submit(() -> {
                    start.await();
                    int total = 0;
                    for (int sent = node.sendDue(); sent > 0; sent = node.sendDue()) {
                        total += sent;
                    }
                    return total;
                }));
            }
            start.countDown();
            for (Future<Integer> node : delivered) {
                node.get(60, TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdownNow();
        }

        Map<String, List<MimeMessage>> received = mail.receivedBy(recipients);
        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(recipients);
        for (String to : recipients) {
            assertThat(received.get(to)).as("copies received by %s", to).hasSize(1);
            assertThat(received.get(to).getFirst().getMessageID()).isEqualTo(mail.storedMessageId(to));
        }
    }

    @Test
    void everyAttemptSendsTheMessageIdGivenWhenQueued() throws Exception {
        String to = uniqueEmail("message-id");
        long id = mail.queue(to);
        String messageId = mail.storedMessageId(to);
        assertThat(messageId).matches("<[0-9a-f-]{36}@healthequity\\.example\\.org>");

        mail.sendQueued();
        // The sender crashed after the SMTP server took the message and before its commit: the row is due again.
        mail.dueAgain(id);
        mail.sendQueued();

        List<MimeMessage> copies = mail.receivedBy(List.of(to)).get(to);
        assertThat(copies).hasSize(2);
        assertThat(copies).extracting(MimeMessage::getMessageID).containsOnly(messageId);
    }

    @Test
    void aSenderThatHangsLosesItsMessageToAnotherAfterTheLease() throws Exception {
        mail.sendQueued(); // nothing else due: the hanging sender claims this test's row
        String to = uniqueEmail("lease");
        long id = mail.queue(to);

        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger handedToSmtp = new AtomicInteger();
        // An SMTP server that takes the message and then does not answer until released.
        OutboxSender hungNode = mail.senderTo(message -> {
            handedToSmtp.incrementAndGet();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new MailSendException("the SMTP server stopped answering");
        }, Duration.ofSeconds(1));

        ExecutorService node = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> hung = node.submit(hungNode::sendDue);
            await().atMost(Duration.ofSeconds(20)).until(() -> handedToSmtp.get() == 1);
            // While the hung sender holds the row, nobody else sends it; after the lease, another sender does.
            assertThat(mail.receivedBy(List.of(to))).isEmpty();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
                mail.sender().sendDue();
                return mail.receivedBy(List.of(to)).containsKey(to);
            });
            release.countDown();
            try {
                hung.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException expected) {
                // its session was ended by the database: it can record nothing about the message any more
            }
        } finally {
            release.countDown();
            node.shutdownNow();
        }
        OutgoingMail sent = mail.mail(id);
        assertThat(sent.status()).isEqualTo(MailStatus.SENT);
        assertThat(sent.toMessage(false).attempts()).isEqualTo(1);
        assertThat(mail.receivedBy(List.of(to)).get(to)).hasSize(1);
    }
}
