package org.healthequity.exchange.notification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.healthequity.exchange.member.AccountPasswords;
import org.healthequity.exchange.member.AccountService;
import org.healthequity.exchange.member.Registration;
import org.healthequity.exchange.member.TokenOutcome;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.Outbox;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator (or whoever reads a database backup) takes the live links out of the mail log to open other
 * people's accounts (ASVS V14.2: sensitive data is not kept or shown beyond need; V6.4: reset secrets).
 */
@Tag("attack")
class MailLogSecretsAttackTest extends IntegrationTest {

    private static final String PASSWORD = "a long walk to Geneva";

    @Autowired
    MailOutbox outbox;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountPasswords passwords;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OutboxSender sender;

    @Test
    void anAdminReadingTheMailLogNeverSeesAUsableResetToken() {
        String victim = confirmedAccount("victim");
        passwords.requestPasswordReset(victim, Language.ENGLISH);
        String token = Outbox.latestToken(jdbc, victim);

        Accounts.signIn(users, "admin@example.org");
        List<MailMessage> log = logFor(victim);

        assertThat(log).isNotEmpty();
        assertThat(log).allSatisfy(message -> {
            assertThat(message.textBody()).doesNotContain(token);
            assertThat(message.subject()).doesNotContain(token);
        });
        assertThat(log.getFirst().textBody()).contains("/password/reset?token=" + MailSecrets.MASK);
    }

    @Test
    void aMaskedLinkOpensNothingWhileTheRecipientsLinkStillWorks() {
        String victim = confirmedAccount("masked");
        passwords.requestPasswordReset(victim, Language.ENGLISH);
        String token = Outbox.latestToken(jdbc, victim);
        Accounts.signIn(users, "admin@example.org");
        String shown = logFor(victim).getFirst().textBody();
        String masked = shown.substring(shown.indexOf("token=") + "token=".length()).split("\\s")[0];
        SecurityContextHolder.clearContext();

        assertThat(passwords.resetPassword(masked, "the attacker's choice")).isEqualTo(TokenOutcome.INVALID);
        assertThat(passwords.resetPassword(token, "the owner's new sentence")).isEqualTo(TokenOutcome.DONE);
    }

    @Test
    void aSentMailKeepsNoTokenInTheDatabaseButTheRecipientGetsIt() throws Exception {
        String person = uniqueEmail("sent");
        accounts.register(new Registration("Sent Person", person, Language.ENGLISH));
        String token = Outbox.latestToken(jdbc, person);

        // Other tests' mail may be queued before it; the sender works through the outbox in batches.
        boolean waiting = true;
        while (waiting && sender.sendDue() > 0) {
            waiting = "QUEUED".equals(jdbc.queryForObject("""
                    select status from outgoing_mail where lower(recipient) = lower(?) order by id desc limit 1""",
                    String.class, person));
        }

        Map<String, Object> row = jdbc.queryForMap("""
                select status, subject, text_body, html_body from outgoing_mail
                where lower(recipient) = lower(?) order by id desc limit 1""", person);
        assertThat(row.get("status")).isEqualTo("SENT");
        assertThat(row.values()).allSatisfy(value -> assertThat((String) value).doesNotContain(token));
        assertThat((String) row.get("text_body")).contains("token=" + MailSecrets.MASK);
        MimeMessage received = greenMail.getReceivedMessagesForDomain(person)[0];
        assertThat(plainText(received.getContent())).as("the recipient's own copy works").contains(token);
        assertThat(accounts.confirmEmail(token, PASSWORD)).isEqualTo(TokenOutcome.DONE);
    }

    @Test
    void aWithdrawnMailKeepsNoTokenInTheDatabase() {
        String person = uniqueEmail("withdrawn");
        accounts.register(new Registration("Withdrawn Person", person, Language.ENGLISH));
        String token = Outbox.latestToken(jdbc, person);

        outbox.cancelQueuedFor(person);

        String body = jdbc.queryForObject("""
                select text_body || html_body from outgoing_mail where lower(recipient) = lower(?)
                and status = 'CANCELLED'""", String.class, person);
        assertThat(body).doesNotContain(token).contains(MailSecrets.MASK);
    }

    @Test
    void theUpgradeRedactsMailSentBeforeIt() throws Exception {
        String person = uniqueEmail("old");
        accounts.register(new Registration("Old Person", person, Language.ENGLISH));
        String token = Outbox.latestToken(jdbc, person);
        // As a message sent before the redaction existed: sent, with its link in full.
        jdbc.update("update outgoing_mail set status = 'SENT' where lower(recipient) = lower(?)", person);

        jdbc.execute(Files.readString(Path.of("db/migration/V56__notification_redact_sent_mail_secrets.sql")));

        String stored = jdbc.queryForObject("""
                select subject || text_body || html_body from outgoing_mail where lower(recipient) = lower(?)""",
                String.class, person);
        assertThat(stored).doesNotContain(token).contains("token=" + MailSecrets.MASK);
    }

    private static String plainText(Object content) throws Exception {
        if (content instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(plainText(multipart.getBodyPart(i).getContent()));
            }
            return text.toString();
        }
        return content instanceof String text ? text : "";
    }

    private List<MailMessage> logFor(String recipient) {
        return outbox.page(new MailFilter(null, recipient, null, null, null), 0, 200).stream()
                .filter(m -> m.recipient().equalsIgnoreCase(recipient)).toList();
    }

    private String confirmedAccount(String prefix) {
        String email = uniqueEmail(prefix);
        accounts.register(new Registration("Test Person", email, Language.ENGLISH));
        accounts.confirmEmail(Outbox.latestToken(jdbc, email), PASSWORD);
        return email;
    }
}
