package org.healthequity.exchange.notification;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The outbox as the notification tests drive it: queue a message, run the application's sender or another node's
 * (with an SMTP server of the test's choosing), and read what the test SMTP server received.
 */
@TestComponent
public class OutboxFixture {

    private final MailOutbox outbox;
    private final OutboxSender sender;
    private final OutgoingMailRepository mails;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transactions;
    private final ExchangeProperties properties;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final GreenMail greenMail;
    private final ApplicationContext context;

    OutboxFixture(MailOutbox outbox, OutboxSender sender, OutgoingMailRepository mails,
            ObjectProvider<JavaMailSender> mailSender, TransactionTemplate transactions, ExchangeProperties properties,
            Clock clock, JdbcTemplate jdbc, GreenMail greenMail, ApplicationContext context) {
        this.outbox = outbox;
        this.sender = sender;
        this.mails = mails;
        this.mailSender = mailSender;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
        this.jdbc = jdbc;
        this.greenMail = greenMail;
        this.context = context;
    }

    MailOutbox outbox() {
        return outbox;
    }

    /** The application's own sender. */
    OutboxSender sender() {
        return sender;
    }

    TransactionTemplate transactions() {
        return transactions;
    }

    /** An English "password changed" message to the address, as a change would queue it; returns its id. */
    long queue(String to) {
        return outbox.queue(to, Language.ENGLISH, "password-changed", "Someone", "https://x.example/p");
    }

    /** The stored row of a queued message. */
    OutgoingMail mail(long id) {
        return mails.findById(id).orElseThrow();
    }

    boolean isStored(String recipient) {
        return mails.findAll().stream().anyMatch(m -> m.recipient().equals(recipient));
    }

    /** Sends batch after batch until nothing more goes out, as the background sender would. */
    int sendQueued() {
        return MailDelivery.sendQueued(context);
    }

    /** A second node's sender on the same outbox and the test SMTP server, with the default lease. */
    OutboxSender otherNode() {
        return new OutboxSender(mails, mailSender, transactions, properties, clock, jdbc,
                new MailSettings(null, null, null, null, Duration.ofMinutes(2)));
    }

    /**
     * A sender on the same outbox whose SMTP server does this with each message handed to it instead of delivering
     * it (refuses it, does not answer ...).
     */
    OutboxSender senderTo(Consumer<MimeMessage> smtp, Duration lease) {
        JavaMailSender real = mailSender.getObject();
        JavaMailSender server = new JavaMailSender() {

            @Override
            public MimeMessage createMimeMessage() {
                return real.createMimeMessage();
            }

            @Override
            public MimeMessage createMimeMessage(InputStream contentStream) {
                return real.createMimeMessage(contentStream);
            }

            @Override
            public void send(MimeMessage... mimeMessages) {
                for (MimeMessage message : mimeMessages) {
                    smtp.accept(message);
                }
            }

            @Override
            public void send(SimpleMailMessage... simpleMessages) {
                throw new UnsupportedOperationException("the outbox sends MIME messages only");
            }
        };
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("smtp", server);
        return new OutboxSender(mails, beans.getBeanProvider(JavaMailSender.class), transactions, properties, clock,
                jdbc, new MailSettings(null, null, null, null, lease));
    }

    /** The Message-ID stored with the one message queued to the address. */
    String storedMessageId(String to) {
        return jdbc.queryForObject("select message_id from outgoing_mail where recipient = ?", String.class, to);
    }

    /** The crash of a sender after the SMTP server took the message and before its commit: the row is due again. */
    void dueAgain(long id) {
        jdbc.update("update outgoing_mail set status = 'QUEUED', sent_at = null where id = ?", id);
    }

    /** What the test SMTP server received, by first recipient, for these recipients only. */
    Map<String, List<MimeMessage>> receivedBy(List<String> recipients) {
        Map<String, List<MimeMessage>> byRecipient = new HashMap<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            String to;
            try {
                to = Arrays.stream(message.getRecipients(Message.RecipientType.TO)).findFirst()
                        .map(Object::toString).orElse("");
            } catch (MessagingException e) {
                continue;
            }
            if (recipients.contains(to)) {
                byRecipient.computeIfAbsent(to, k -> new ArrayList<>()).add(message);
            }
        }
        return byRecipient;
    }

    /** What the test SMTP server received for the address (nothing: an empty list). */
    List<MimeMessage> receivedBy(String to) {
        return receivedBy(List.of(to)).getOrDefault(to, List.of());
    }

    /** Runs the block while the SMTP server is down, and brings it back whatever happens. */
    void whileSmtpIsDown(Runnable block) {
        greenMail.stop();
        try {
            block.run();
        } finally {
            greenMail.start();
        }
    }
}
