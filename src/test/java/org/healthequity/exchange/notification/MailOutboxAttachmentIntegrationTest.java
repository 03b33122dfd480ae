package org.healthequity.exchange.notification;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import static org.assertj.core.api.Assertions.assertThat;

/** Mail with an iCalendar attachment, and messages queued at most once per de-duplication key. */
class MailOutboxAttachmentIntegrationTest extends IntegrationTest {

    private static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sendsTheCalendarAttachmentWithItsMethod() throws Exception {
        String to = uniqueEmail("ics");
        outbox.queue(new MailRequest(to, Language.ENGLISH, "password-changed", List.of("Ana", "https://x.example/p"),
                MailAttachment.calendar("invite.ics", "REQUEST", ICS.getBytes(StandardCharsets.UTF_8)), null));

        assertThat(sender.sendDue()).isGreaterThanOrEqualTo(1);

        MimeMessage message = Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> addressedTo(m, to)).findFirst().orElseThrow();
        BodyPart calendar = find((MimeMultipart) message.getContent());
        assertThat(calendar.getContentType()).contains("text/calendar", "method=REQUEST");
        assertThat(calendar.getFileName()).isEqualTo("invite.ics");
        assertThat(new String(calendar.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("METHOD:REQUEST");
    }

    @Test
    void aMessageWithAKeyIsQueuedOnlyOnce() {
        String to = uniqueEmail("once");
        String key = "test-once:" + to;
        assertThat(outbox.queue(new MailRequest(to, Language.ENGLISH, "password-changed", List.of("A", "B"), null,
                key))).isPresent();
        assertThat(outbox.queue(new MailRequest(to, Language.ENGLISH, "password-changed", List.of("A", "B"), null,
                key))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from outgoing_mail where recipient = ?", Long.class, to))
                .isEqualTo(1);
    }

    private static boolean addressedTo(MimeMessage message, String to) {
        try {
            return message.getAllRecipients()[0].toString().equalsIgnoreCase(to);
        } catch (MessagingException e) {
            return false;
        }
    }

    private static BodyPart find(MimeMultipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                return part;
            }
            if (part.getContent() instanceof MimeMultipart nested) {
                try {
                    return find(nested);
                } catch (AssertionError notThere) {
                    // keep looking in the other parts
                }
            }
        }
        throw new AssertionError("no text/calendar part");
    }
}
