package org.healthequity.exchange.newsletter;

import java.util.Arrays;
import java.util.Set;

import org.healthequity.exchange.member.AccountService;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.Visibility;
import org.healthequity.exchange.notification.MailDelivery;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The footer of a delivered newsletter (through the test SMTP server): why the person receives it, the visible
 * unsubscribe link and the link to their preferences, in their language, and not the footer of a mail that an action
 * on their account caused.
 */
class NewsletterMailFooterIntegrationTest extends IntegrationTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private NewsletterFixture fixture;

    @Autowired
    private People people;

    @Autowired
    private AccountService accounts;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private Translations translations;

    @Autowired
    private ExchangeProperties properties;

    @Test
    void aNewsletterSaysWhyThePersonReceivesItAndHowToStopItInTheirLanguage() throws Exception {
        String member = people.withProfile(people.member("Amélie Footer", Network.GKNHE),
                form -> People.profile("Officer", null, "CK", Set.of(), Set.of(), false, Visibility.MEMBERS));
        Accounts.signIn(users, member);
        accounts.updatePreferences(Language.FRENCH, null);
        fixture.sentNow(People.unique("Cook Islands news"),
                NewsletterFixture.inCountries(Set.of(Network.GKNHE), Set.of("CK")));

        fixture.dispatch();
        MailDelivery.sendQueued(context);

        MimeMessage mail = receivedBy(member);
        String why = translations.get("newsletter.mail.why", Language.FRENCH,
                translations.get(Network.GKNHE.messageKey(), Language.FRENCH));
        String preferences = properties.link("/account");
        String text = part(mail.getContent(), "text/plain");
        assertThat(text).contains(why, "abonné à ses lettres d’information")
                .contains(translations.get("newsletter.mail.unsubscribe", Language.FRENCH) + ": "
                        + properties.link("/newsletters/unsubscribe?token="))
                .contains(translations.get("newsletter.mail.preferences", Language.FRENCH) + ": " + preferences)
                .contains(translations.get("mail.list.footer", Language.FRENCH))
                .doesNotContain(translations.get("mail.footer", Language.FRENCH));
        String html = part(mail.getContent(), "text/html");
        assertThat(html).contains("href=\"" + preferences + "\"")
                .contains(translations.get("newsletter.mail.unsubscribe", Language.FRENCH) + "</a>")
                .doesNotContain("à la suite d’une action effectuée sur votre compte");
    }

    /** The part of that type, wherever the message's multiparts put it. */
    private static String part(Object content, String type) throws Exception {
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                String found = part.isMimeType(type) ? String.valueOf(part.getContent()) : part(part.getContent(), type);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }

    private MimeMessage receivedBy(String email) throws Exception {
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(email))) {
                return message;
            }
        }
        throw new AssertionError("No newsletter reached " + email);
    }
}
