package org.healthequity.exchange.newsletter;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.healthequity.exchange.member.AudienceFilter;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.notification.MailDelivery;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A test of a newsletter mailed to the staff member who writes it: marked as a test, and nothing else changes. */
class NewsletterTestMailIntegrationTest extends IntegrationTest {

    @Autowired
    private Newsletters newsletters;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private People people;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aTestReachesOnlyItsAuthorMarkedAsATestAndLeavesTheNewsletterAsItWas() throws Exception {
        Accounts.signIn(users, People.SECRETARIAT);
        String subject = People.unique("Test me");
        NewsletterForm form = new NewsletterForm(List.of(new NewsletterText(Language.ENGLISH, subject, "Hello."),
                new NewsletterText(Language.SPANISH, "ES " + subject, "Hola **a todos**.")), AudienceFilter.everyone());
        EditableNewsletter draft = newsletters.create(form);
        EditableNewsletter scheduled = newsletters.schedule(draft.id(), draft.version(),
                clock.instant().plus(Duration.ofDays(2)));

        newsletters.sendTest(scheduled.id(), scheduled.form(), Language.SPANISH);
        MailDelivery.sendQueued(context);

        MimeMessage mail = Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> subjectOf(m).endsWith("ES " + subject)).findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("[Prueba] ES " + subject);
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly(People.SECRETARIAT);
        EditableNewsletter after = newsletters.newsletter(draft.id());
        assertThat(after.status()).isEqualTo(NewsletterStatus.SCHEDULED);
        assertThat(after.version()).isEqualTo(scheduled.version());
        assertThat(jdbc.queryForObject("select count(*) from newsletter_delivery where newsletter_id = ?",
                Integer.class, draft.id())).isZero();
        assertThat(jdbc.queryForList("select details from audit_event where action = 'newsletter.test'"
                + " and target_id = ?", String.class, String.valueOf(draft.id()))).containsExactly("es");
    }

    @Test
    void aMemberCannotSendATest() {
        Accounts.signIn(users, people.member("Tess Nottest", Network.HIM));
        NewsletterForm form = new NewsletterForm(List.of(new NewsletterText(Language.ENGLISH, "Mine", "Mine.")),
                AudienceFilter.everyone());
        assertThatThrownBy(() -> newsletters.sendTest(null, form, Language.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
