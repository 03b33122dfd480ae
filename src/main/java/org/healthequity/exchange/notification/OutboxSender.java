package org.healthequity.exchange.notification;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * Delivers the outbox: one message per transaction, claimed with a row lock that other senders (threads or nodes)
 * skip, sent with the Message-ID it was given when queued, and marked sent in the same transaction. An SMTP outage only
 * delays mail: while the server cannot be reached each message waits without using up its attempts, so nothing is
 * given up on however long the outage; a message the server refuses is retried with growing waits and given up on
 * after the last. Without an SMTP server configured, mail stays queued and can be read at /admin/mail.
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
            MailSettings settings) {
        this.jdbc = jdbc;
        this.lease = Math.max(settings.sendLease().toMillis(), 1) + "ms";
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

    /**
     * @return null when nothing is due or the server is unavailable (the batch stops), else whether the claimed
     *         message went out
     */
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
            if (mail.listUnsubscribe().isPresent()) {
                // RFC 2369 and RFC 8058: mail programs offer "unsubscribe" and POST to the address without a session.
                message.setHeader("List-Unsubscribe", "<" + mail.listUnsubscribe().get() + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            // Kept by JavaMailSenderImpl when the message is saved: the same Message-ID on every attempt.
            message.setHeader("Message-ID", mail.messageId());
            sender.send(message);
            mail.sent(clock.instant());
            return true;
        } catch (MailException | MessagingException e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (serverUnavailable(e)) {
                // Not this message's fault: it keeps all its attempts, however long the outage, and the batch stops.
                log.warn("Mail server unavailable, mail {} waits: {}", mail.id(), e.getMessage());
                mail.postponed(error, clock.instant());
                return null;
            }
            log.warn("Mail {} not sent (attempt will be retried): {}", mail.id(), e.getMessage());
            mail.failed(error, clock.instant());
            return false;
        }
    }

    /**
     * Whether the SMTP server could not be reached or would not let the portal in (connection refused or timed out,
     * unknown host, authentication refused), as opposed to a server that refused this message.
     */
    static boolean serverUnavailable(Throwable failure) {
        if (failure instanceof MailAuthenticationException) {
            return true;
        }
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException || t instanceof AuthenticationFailedException
                    || t.getClass().getSimpleName().equals("MailConnectException")) {
                return true;
            }
            if (t instanceof MailSendException send) {
                for (Exception each : send.getFailedMessages().values()) {
                    if (each != t && serverUnavailable(each)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
