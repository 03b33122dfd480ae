package org.healthequity.exchange.notification;

import java.time.Clock;
import java.util.List;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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
 * Delivers the outbox: one message per transaction, claimed with a row lock that other senders skip, marked sent in
 * the same transaction. An SMTP outage only delays mail (retries with growing waits); nothing is lost. Without an
 * SMTP server configured, mail stays queued and can be read at /admin/mail.
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

    OutboxSender(OutgoingMailRepository mails, ObjectProvider<JavaMailSender> mailSender,
            TransactionTemplate transactions, ExchangeProperties properties, Clock clock) {
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
