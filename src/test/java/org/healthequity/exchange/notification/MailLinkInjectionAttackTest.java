package org.healthequity.exchange.notification;

import org.healthequity.exchange.member.AccountService;
import org.healthequity.exchange.member.Registration;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone registers a victim's address under a "name" that is a link, so that the portal's own mail carries the
 * attacker's link to the victim (ASVS V1.2/V3.2: output encoding for the context; mail links only the portal's own).
 */
@Tag("attack")
class MailLinkInjectionAttackTest extends IntegrationTest {

    @Autowired
    AccountService accounts;

    @Autowired
    MailOutbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNameHoldingALinkBecomesNoLinkInTheConfirmationMail() {
        String victim = uniqueEmail("linked");
        accounts.register(new Registration("Log in at https://evil.example/login now", victim, Language.ENGLISH));

        String html = latestHtml(victim);
        assertThat(html).doesNotContain("href=\"https://evil.example").doesNotContain("https://evil.example")
                .doesNotContain("evil.example/login");
        assertThat(html).as("the portal's own link stays a link")
                .containsPattern("<a href=\"http://localhost:8080/register/confirm\\?token=[A-Za-z0-9_-]+\">");
    }

    @Test
    void aBareDomainOrMarkupInANameIsNeitherLinkNorMarkup() {
        String to = uniqueEmail("bare");
        outbox.queue(to, Language.ENGLISH, "password-changed",
                "www.evil.example <a href=\"https://evil.example\">Support</a> evil.example", 
                "http://localhost:8080/password/forgot");

        String html = latestHtml(to);
        assertThat(html).doesNotContain("www.evil").doesNotContain(" evil.example").doesNotContain("<a href=\"https://evil")
                .contains("&lt;a href=");
        assertThat(html).contains("<a href=\"http://localhost:8080/password/forgot\">");
    }

    @Test
    void aLinkThatOnlyStartsLikeThePortalsAddressIsNotLinked() {
        String to = uniqueEmail("lookalike");
        outbox.queue(to, Language.ENGLISH, "password-changed", "http://localhost:8080@evil.example/x",
                "http://localhost:8080/password/forgot");

        assertThat(latestHtml(to)).doesNotContain("href=\"http://localhost:8080@evil");
    }

    private String latestHtml(String recipient) {
        return jdbc.queryForObject("""
                select html_body from outgoing_mail where lower(recipient) = lower(?) order by id desc limit 1""",
                String.class, recipient);
    }
}
