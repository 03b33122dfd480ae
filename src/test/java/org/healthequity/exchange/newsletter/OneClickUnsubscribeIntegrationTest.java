package org.healthequity.exchange.newsletter;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.NewsletterAudiences;
import org.healthequity.exchange.notification.MailDelivery;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.People;
import org.healthequity.exchange.support.RunningNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newsletter as the recipient's mail program gets it (through the test SMTP server) and the RFC 8058 one-click
 * unsubscribe it offers, over HTTP to a running portal: POST without a session or CSRF token unsubscribes and answers
 * 200; a changed token is refused; a GET only shows the page with its button.
 */
class OneClickUnsubscribeIntegrationTest extends IntegrationTest {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("<(https?://[^>]+/newsletters/unsubscribe\\?token=([^>]+))>");

    @RegisterExtension
    static final RunningNode node = RunningNode.named("newsletter-node");

    @Autowired
    private ApplicationContext context;

    @Autowired
    private NewsletterFixture fixture;

    @Autowired
    private NewsletterAudiences audiences;

    @Autowired
    private People people;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ExchangeProperties properties;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theDeliveredNewsletterOffersOneClickUnsubscribeThatWorksWithoutASession() throws Exception {
        String member = people.withProfile(people.member("Noa Oneclick", Network.HIM),
                form -> People.inCountry(form, "NR"));
        fixture.sentNow(People.unique("Nauru news"), NewsletterFixture.inCountries(Set.of(Network.HIM), Set.of("NR")));
        fixture.dispatch();
        MailDelivery.sendQueued(context);

        MimeMessage mail = receivedBy(member);
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        Matcher header = UNSUBSCRIBE.matcher(String.join(",", mail.getHeader("List-Unsubscribe")));
        assertThat(header.find()).as("List-Unsubscribe names the one-click address").isTrue();
        String link = header.group(1);
        assertThat(link).startsWith(properties.baseUrl());
        String html = html(mail.getContent());
        assertThat(html).contains("href=\"" + link + "\"").contains("Unsubscribe from these newsletters");
        assertThat(jdbc.queryForObject("select list_unsubscribe from outgoing_mail where lower(recipient) = lower(?)"
                + " and template = 'newsletter'", String.class, member)).doesNotContain(header.group(2));

        String onNode = "http://localhost:" + node.port() + link.substring(properties.baseUrl().length());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(onNode)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html");
        assertThat(subscribedToHim(member)).as("opening the link changes nothing").isTrue();

        String token = header.group(2);
        String tampered = onNode.replace(token, token.substring(0, token.length() - 2) + "xy");
        assertThat(oneClick(tampered).statusCode()).isEqualTo(400);
        assertThat(subscribedToHim(member)).isTrue();

        HttpResponse<String> unsubscribed = oneClick(onNode);
        assertThat(unsubscribed.statusCode()).isEqualTo(200);
        assertThat(unsubscribed.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(subscribedToHim(member)).isFalse();
        assertThat(oneClick(onNode).statusCode()).as("a second click changes nothing and is fine").isEqualTo(200);
    }

    /** What a mail program sends (RFC 8058): a POST with the one-click body, no cookie, no CSRF token. */
    private HttpResponse<String> oneClick(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private boolean subscribedToHim(String email) {
        Accounts.signIn(users, email);
        List<NewsletterAudiences.Subscription> mine = audiences.mySubscriptions();
        return mine.contains(new NewsletterAudiences.Subscription(Network.HIM, true));
    }

    /** The HTML part, wherever the message's multiparts put it. */
    private static String html(Object content) throws Exception {
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                String found = part.isMimeType("text/html") ? String.valueOf(part.getContent()) : html(part.getContent());
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
