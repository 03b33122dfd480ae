package org.healthequity.exchange.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * Delivers the outbox: one message per transaction, claimed with a row lock that other senders (threads or nodes)
 * skip, sent with the Message-ID it was given when queued, and marked sent in the same transaction. An SMTP outage only
 * delays mail (retries with growing waits); nothing is lost. Without an SMTP server configured, mail stays queued and
 * can be read at /admin/mail.
 * <p>
 * The claim is a lease: the database ends a sender's session, and so releases its row, when the sender has been silent
 * inside its transaction for longer than {@code exchange.mail.send-lease} (a node that hangs). A node that dies
 * releases it at once (its connection closes). Either way the row is sent again by whoever claims it next: if the dead
 * sender had already handed it to the SMTP server, the recipient gets a second copy with the same Message-ID
 * (docs/adr/0013-jobs-on-several-nodes.md).
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;

    private final OutgoingMailRepository mails;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transactions;
    private final ExchangeProperties properties;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final String lease;

    OutboxSender(OutgoingMailRepository mails, ObjectProvider<JavaMailSender> mailSender,
            TransactionTemplate transactions, ExchangeProperties properties, Clock clock, JdbcTemplate jdbc,
            @Value("${exchange.mail.send-lease:PT2M}") Duration lease) {
        this.jdbc = jdbc;
        this.lease = Math.max(lease.toMillis(), 1) + "ms";
        this.mails = mails;
        this.mailSender = mailSender;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${exchange.mail.send-interval:PT5S}", initialDelayString = "${exchange.mail.send-interval:PT5S}")
    void scheduled() {
        sendDue();
    }

    /** Sends what is due now; returns how many messages were delivered. */
    int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int delivered = 0;
        for (int i = 0; i < BATCH; i++) {
            Boolean outcome = transactions.execute(status -> sendOne(sender));
            if (outcome == null) {
                break;
            }
            if (outcome) {
                delivered++;
            }
        }
        return delivered;
    }

    /** @return null when nothing is due, else whether the claimed message went out */
    private Boolean sendOne(JavaMailSender sender) {
        // For this transaction only: the lease on the claimed row (see above).
        jdbc.queryForObject("select set_config('idle_in_transaction_session_timeout', ?, true)", String.class, lease);
        List<OutgoingMail> due = mails.claimDue(clock.instant(), 1);
        if (due.isEmpty()) {
            return null;
        }
        OutgoingMail mail = due.getFirst();
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.mailFrom());
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.textBody(), mail.htmlBody());
            if (mail.attachment().isPresent()) {
                MailAttachment file = mail.attachment().get();
                helper.addAttachment(file.fileName(), new ByteArrayDataSource(file.content(), file.contentType()));
            }
            message.setHeader("Auto-Submitted", "auto-generated");
            // Kept by JavaMailSenderImpl when the message is saved: the same Message-ID on every attempt.
            message.setHeader("Message-ID", mail.messageId());
            sender.send(message);
            mail.sent(clock.instant());
            return true;
        } catch (MailException | MessagingException e) {
            log.warn("Mail {} not sent (attempt will be retried): {}", mail.id(), e.getMessage());
            mail.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
            return false;
        }
    }
}
