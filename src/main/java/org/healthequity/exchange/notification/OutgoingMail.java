package org.healthequity.exchange.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "outgoing_mail")
class OutgoingMail {

    static final int RECIPIENT_MAX = 254;
    static final int SUBJECT_MAX = 300;
    static final int ERROR_MAX = 1000;
    static final int MAX_ATTEMPTS = 8;
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration MAX_RETRY = Duration.ofHours(2);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = RECIPIENT_MAX)
    private String recipient;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(nullable = false, length = 60)
    private String template;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false)
    private String textBody;

    @Column(nullable = false)
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(length = ERROR_MAX)
    private @Nullable String lastError;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant nextAttemptAt;

    private @Nullable Instant sentAt;

    @Column(length = MailAttachment.NAME_MAX)
    private @Nullable String attachmentName;

    @Column(length = MailAttachment.TYPE_MAX)
    private @Nullable String attachmentType;

    @Column(name = "attachment")
    private byte @Nullable [] attachment;

    @Column(length = MailRequest.DEDUP_KEY_MAX)
    private @Nullable String dedupKey;

    /** Given when queued and sent with every attempt, so a copy sent again after a crash is recognisable. */
    @Column(nullable = false, updatable = false, length = MessageIds.MAX)
    private String messageId;

    /** Where a message to a list unsubscribes its recipient ({@code List-Unsubscribe}, RFC 8058), if it is one. */
    @Column(length = ListMail.UNSUBSCRIBE_MAX)
    private @Nullable String listUnsubscribe;

    @SuppressWarnings("NullAway.Init")
    protected OutgoingMail() {
    }

    OutgoingMail(String recipient, String language, String template, String subject, String textBody,
            String htmlBody, String messageId, Instant now) {
        this.messageId = messageId;
        this.recipient = recipient;
        this.language = language;
        this.template = template;
        this.subject = subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
        this.status = MailStatus.QUEUED;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void sent(Instant now) {
        attempts++;
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
        redact();
    }

    /** A failed attempt: wait twice as long as last time before the next one, and give up after the last. */
    void failed(String error, Instant now) {
        attempts++;
        lastError = error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        if (attempts >= MAX_ATTEMPTS) {
            status = MailStatus.FAILED;
            redact();
            return;
        }
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 16));
        nextAttemptAt = now.plus(wait.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : wait);
    }

    /**
     * The server could not be reached: try again after the first retry wait, without counting an attempt (the message
     * is not at fault, and an outage of any length must not use up its attempts).
     */
    void postponed(String error, Instant now) {
        lastError = error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        nextAttemptAt = now.plus(FIRST_RETRY);
    }

    void cancel() {
        if (status == MailStatus.QUEUED) {
            status = MailStatus.CANCELLED;
            redact();
        }
    }

    /**
     * Once a message will never be sent (again), its links' secrets have no further use here: only the recipient's
     * copy may open anything. Until then the outbox keeps them to retry.
     */
    private void redact() {
        subject = MailSecrets.mask(subject);
        textBody = MailSecrets.mask(textBody);
        htmlBody = MailSecrets.mask(htmlBody);
        lastError = lastError == null ? null : MailSecrets.mask(lastError);
        listUnsubscribe = listUnsubscribe == null ? null : MailSecrets.mask(listUnsubscribe);
    }

    /** The unsubscribe address of a message to a list; empty for any other message. */
    Optional<String> listUnsubscribe() {
        return Optional.ofNullable(listUnsubscribe);
    }

    long id() {
        return id == null ? 0 : id;
    }

    String recipient() {
        return recipient;
    }

    String subject() {
        return subject;
    }

    String messageId() {
        return messageId;
    }

    String textBody() {
        return textBody;
    }

    String htmlBody() {
        return htmlBody;
    }

    /** The attachment sent with the message, if it has one. */
    Optional<MailAttachment> attachment() {
        if (attachmentName == null || attachmentType == null || attachment == null) {
            return Optional.empty();
        }
        return Optional.of(new MailAttachment(attachmentName, attachmentType, attachment));
    }

    MailStatus status() {
        return status;
    }

    /** @param showLinks show the links of a waiting message in full (a development setting), else masked */
    MailMessage toMessage(boolean showLinks) {
        return showLinks
                ? new MailMessage(id(), recipient, language, template, subject, textBody, status, attempts, lastError,
                        createdAt, sentAt)
                : new MailMessage(id(), recipient, language, template, MailSecrets.mask(subject),
                        MailSecrets.mask(textBody), status, attempts,
                        lastError == null ? null : MailSecrets.mask(lastError), createdAt, sentAt);
    }
}
