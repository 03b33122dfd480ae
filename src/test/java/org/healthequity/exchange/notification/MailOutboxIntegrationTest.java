package org.healthequity.exchange.notification;

import java.time.Duration;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailSendException;

import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailOutboxIntegrationTest extends IntegrationTest {

    @Autowired
    OutboxFixture mail;

    @Test
    void deliversLocalisedMailWithTextAndHtmlParts() throws Exception {
        String to = uniqueEmail("fr");
        mail.outbox().queue(to, Language.FRENCH, "password-changed", "Zoé <script>alert(1)</script>",
                "http://localhost:8080/password/forgot");

        assertThat(mail.sender().sendDue()).isGreaterThanOrEqualTo(1);

        MimeMessage message = mail.receivedBy(to).getFirst();
        assertThat(message.getSubject()).contains("Health Equity Exchange");
        String text = part(message, "text/plain");
        String html = part(message, "text/html");
        assertThat(text).contains("Zoé <script>alert(1)</script>");
        assertThat(html).contains("Zoé &lt;script&gt;").doesNotContain("<script>")
                .contains("<a href=\"http://localhost:8080/password/forgot\">").contains("lang=\"fr\"");
    }

    @Test
    void arabicMailIsWrittenRightToLeft() throws Exception {
        String to = uniqueEmail("ar");
        mail.outbox().queue(to, Language.ARABIC, "password-changed", "عمر", "https://x.example/p");
        mail.sender().sendDue();
        MimeMessage message = mail.receivedBy(to).getFirst();
        assertThat(part(message, "text/html")).contains("dir=\"rtl\"", "عمر");
    }

    @Test
    void aRolledBackChangeSendsNothing() {
        String to = uniqueEmail("rollback");
        mail.transactions().executeWithoutResult(status -> {
            mail.queue(to);
            status.setRollbackOnly();
        });
        mail.sender().sendDue();
        assertThat(mail.receivedBy(to)).isEmpty();
        assertThat(mail.isStored(to)).isFalse();
    }

    @Test
    void anSmtpOutageLosesNothingAndSendsNothingTwice() {
        String to = uniqueEmail("outage");
        long id = mail.queue(to);
        mail.whileSmtpIsDown(() -> {
            triedWhileDown(id);
            OutgoingMail waiting = mail.mail(id);
            assertThat(waiting.status()).isEqualTo(MailStatus.QUEUED);
            // The server could not be reached: not the message's fault, so no attempt is used up.
            assertThat(waiting.toMessage(true).attempts()).isZero();
            assertThat(waiting.toMessage(true).lastError()).isNotBlank();
        });
        // Not due yet: the retry waits.
        mail.sender().sendDue();
        assertThat(mail.receivedBy(to)).isEmpty();

        clock.advance(Duration.ofMinutes(2));
        mail.sender().sendDue();
        mail.sender().sendDue();
        assertThat(mail.receivedBy(to)).hasSize(1);
        assertThat(mail.mail(id).status()).isEqualTo(MailStatus.SENT);
    }

    @Test
    void anOutageOfAnyLengthUsesUpNoAttempts() {
        String to = uniqueEmail("long-outage");
        long id = mail.queue(to);
        mail.whileSmtpIsDown(() -> {
            // A weekend without a mail server: far longer than all the retries of a refused message together.
            triedWhileDown(id);
            for (int hour = 0; hour < 48; hour++) {
                clock.advance(Duration.ofHours(1));
                mail.sender().sendDue();
            }
            OutgoingMail waiting = mail.mail(id);
            assertThat(waiting.status()).isEqualTo(MailStatus.QUEUED);
            assertThat(waiting.toMessage(true).attempts()).isZero();
            assertThat(waiting.toMessage(true).lastError()).isNotBlank();
        });
        clock.advance(Duration.ofMinutes(2));
        mail.sendQueued();
        assertThat(mail.receivedBy(to)).hasSize(1);
        assertThat(mail.mail(id).status()).isEqualTo(MailStatus.SENT);
    }

    @Test
    void givesUpAfterTheLastRetry() {
        String to = uniqueEmail("gives-up");
        long id = mail.queue(to);
        // A server that answers and refuses every message (as for a rejected recipient). Other tests' mail may wait
        // in the outbox too, and the sender takes it in batches: retry until this one is given up on, and check it
        // took exactly the allowed attempts.
        OutboxSender refused = mail.senderTo(message -> {
            throw new MailSendException("550 5.1.1 mailbox unavailable");
        }, Duration.ofMinutes(2));
        for (int i = 0; i < 50 * OutgoingMail.MAX_ATTEMPTS
                && mail.mail(id).status() == MailStatus.QUEUED; i++) {
            refused.sendDue();
            clock.advance(OutgoingMail.MAX_RETRY.plusMinutes(1));
        }
        assertThat(mail.mail(id).status()).isEqualTo(MailStatus.FAILED);
        assertThat(mail.mail(id).toMessage(true).attempts()).isEqualTo(OutgoingMail.MAX_ATTEMPTS);
        mail.sender().sendDue();
        assertThat(mail.receivedBy(to)).isEmpty();
    }

    @Test
    void userInputCannotInjectHeaders() {
        String to = uniqueEmail("inject");
        assertThatThrownBy(() -> mail.outbox().queue(to + "\r\nBcc: victim@example.org", Language.ENGLISH,
                "password-changed", "x", "y")).isInstanceOf(IllegalArgumentException.class);
        mail.outbox().queue(to, Language.ENGLISH, "confirm-email", "Name\r\nBcc: victim@example.org", "https://x.example",
                24);
        mail.sender().sendDue();
        assertThat(greenMail.getReceivedMessagesForDomain("victim@example.org")).isEmpty();
        assertThat(mail.receivedBy(to)).hasSize(1);
    }

    @Test
    void queuedMailForARecipientCanBeWithdrawn() {
        String to = uniqueEmail("cancel");
        long id = mail.queue(to);
        assertThat(mail.outbox().cancelQueuedFor(to.toUpperCase())).isEqualTo(1);
        mail.sender().sendDue();
        assertThat(mail.receivedBy(to)).isEmpty();
        assertThat(mail.mail(id).status()).isEqualTo(MailStatus.CANCELLED);
    }

    /**
     * Runs the sender until it has tried this message: with the server down each run stops at the first message it
     * tries, and other tests' mail may be due before this one.
     */
    private void triedWhileDown(long id) {
        for (int i = 0; i < 2_000 && mail.mail(id).toMessage(true).lastError() == null; i++) {
            mail.sender().sendDue();
        }
    }

    /** The first part of this type anywhere in the message's multipart tree. */
    static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
