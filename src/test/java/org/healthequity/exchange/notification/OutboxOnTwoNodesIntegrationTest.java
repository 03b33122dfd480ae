package org.healthequity.exchange.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two senders (as on two nodes) share one outbox: each message goes out once, with the Message-ID it was queued with.
 */
class OutboxOnTwoNodesIntegrationTest extends IntegrationTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    OutgoingMailRepository mails;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ObjectProvider<JavaMailSender> mailSender;

    @Autowired
    ExchangeProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void twoConcurrentSendersDeliverEachMessageOnce() throws Exception {
        OutboxSender otherNode = new OutboxSender(mails, mailSender, transactions, properties, clock, jdbc,
                new MailSettings(null, null, null, null, Duration.ofMinutes(2)));
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String to = uniqueEmail("two-nodes-" + i);
            recipients.add(to);
            outbox.queue(to, Language.ENGLISH, "password-changed", "Someone " + i, "https://x.example/p");
        }

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> delivered = new ArrayList<>();
            for (OutboxSender node : List.of(sender, otherNode)) {
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

        Map<String, List<MimeMessage>> received = receivedBy(recipients);
        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(recipients);
        for (String to : recipients) {
            assertThat(received.get(to)).as("copies received by %s", to).hasSize(1);
            assertThat(received.get(to).getFirst().getMessageID()).isEqualTo(storedMessageId(to));
        }
    }

    @Test
    void everyAttemptSendsTheMessageIdGivenWhenQueued() throws Exception {
        String to = uniqueEmail("message-id");
        long id = outbox.queue(to, Language.ENGLISH, "password-changed", "Someone", "https://x.example/p");
        String messageId = storedMessageId(to);
        assertThat(messageId).matches("<[0-9a-f-]{36}@healthequity\\.example\\.org>");

        MailDelivery.sendQueued(context);
        // The sender crashed after the SMTP server took the message and before its commit: the row is due again.
        jdbc.update("update outgoing_mail set status = 'QUEUED', sent_at = null where id = ?", id);
        MailDelivery.sendQueued(context);

        List<MimeMessage> copies = receivedBy(List.of(to)).get(to);
        assertThat(copies).hasSize(2);
        assertThat(copies).extracting(MimeMessage::getMessageID).containsOnly(messageId);
    }

    @Test
    void aSenderThatHangsLosesItsMessageToAnotherAfterTheLease() throws Exception {
        MailDelivery.sendQueued(context); // nothing else due: the hanging sender claims this test's row
        String to = uniqueEmail("lease");
        long id = outbox.queue(to, Language.ENGLISH, "password-changed", "Someone", "https://x.example/p");

        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger handedToSmtp = new AtomicInteger();
        JavaMailSender hanging = new HangingMailSender(mailSender.getObject(), handedToSmtp, release);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("hanging", hanging);
        OutboxSender hungNode = new OutboxSender(mails, beans.getBeanProvider(JavaMailSender.class), transactions,
                properties, clock, jdbc, new MailSettings(null, null, null, null, Duration.ofSeconds(1)));

        ExecutorService node = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> hung = node.submit(hungNode::sendDue);
            await().atMost(Duration.ofSeconds(20)).until(() -> handedToSmtp.get() == 1);
            // While the hung sender holds the row, nobody else sends it; after the lease, another sender does.
            assertThat(receivedBy(List.of(to))).isEmpty();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
                sender.sendDue();
                return receivedBy(List.of(to)).containsKey(to);
            });
            release.countDown();
            try {
                hung.get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException expected) {
                // its session was ended by the database: it can record nothing about the message any more
            }
        } finally {
            release.countDown();
            node.shutdownNow();
        }
        OutgoingMail mail = mails.findById(id).orElseThrow();
        assertThat(mail.status()).isEqualTo(MailStatus.SENT);
        assertThat(mail.toMessage(false).attempts()).isEqualTo(1);
        assertThat(receivedBy(List.of(to)).get(to)).hasSize(1);
    }

    private String storedMessageId(String to) {
        return jdbc.queryForObject("select message_id from outgoing_mail where recipient = ?", String.class, to);
    }

    private Map<String, List<MimeMessage>> receivedBy(List<String> recipients) throws Exception {
        Map<String, List<MimeMessage>> byRecipient = new HashMap<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            String to = Arrays.stream(message.getRecipients(Message.RecipientType.TO)).findFirst()
                    .map(Object::toString).orElse("");
            if (recipients.contains(to)) {
                byRecipient.computeIfAbsent(to, k -> new ArrayList<>()).add(message);
            }
        }
        return byRecipient;
    }

    /** An SMTP server that takes the message and then does not answer until released. */
    private record HangingMailSender(JavaMailSender real, AtomicInteger handedToSmtp, CountDownLatch release)
            implements JavaMailSender {

        @Override
        public MimeMessage createMimeMessage() {
            return real.createMimeMessage();
        }

        @Override
        public MimeMessage createMimeMessage(java.io.InputStream contentStream) {
            return real.createMimeMessage(contentStream);
        }

        @Override
        public void send(MimeMessage... mimeMessages) {
            handedToSmtp.incrementAndGet();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new MailSendException("the SMTP server stopped answering");
        }

        @Override
        public void send(SimpleMailMessage... simpleMessages) {
            throw new UnsupportedOperationException();
        }
    }
}
