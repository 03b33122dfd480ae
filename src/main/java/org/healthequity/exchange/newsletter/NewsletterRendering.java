package org.healthequity.exchange.newsletter;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.healthequity.exchange.shared.text.RichText;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The one rendering of a newsletter, for the mail and for every page that shows it (the secretariat's preview, the
 * archive): the Markdown through the portal's sanitizer (ADR 0005), then the newsletter's own footer, in the
 * recipient's language: why the person receives it (a member of the network, subscribed to its newsletters), the
 * visible unsubscribe link and a link to the preferences on {@code /account}. The outbox adds the portal's name only,
 * not the footer of the mail a person's own action caused.
 */
@Component
class NewsletterRendering {

    /** A version's body rendered once, for the many people who receive that version. */
    record Body(NewsletterText text, String safeHtml, String plain) {
    }

    private final Translations translations;
    private final String preferencesUrl;

    NewsletterRendering(Translations translations, ExchangeProperties properties) {
        this.translations = translations;
        this.preferencesUrl = properties.link("/account");
    }

    Body body(NewsletterText text) {
        return new Body(text, RichText.toSafeHtml(text.body()), RichText.plainText(text.body()));
    }

    /** The newsletter as a member of the network reads it, with the link that unsubscribes them from it. */
    RenderedNewsletter forRecipient(Body body, Network network, String unsubscribeUrl) {
        Language language = body.text().language();
        String why = translations.get("newsletter.mail.why", language,
                translations.get(network.messageKey(), language));
        String unsubscribe = translations.get("newsletter.mail.unsubscribe", language);
        String preferences = translations.get("newsletter.mail.preferences", language);
        String html = "<div class=\"newsletter-body\">" + body.safeHtml() + "</div><hr><p><small>"
                + escaped(why) + " " + anchor(unsubscribeUrl, unsubscribe) + "<br>"
                + anchor(preferencesUrl, preferences) + "</small></p>";
        String text = body.plain() + "\n\n" + why + "\n" + unsubscribe + ": " + unsubscribeUrl + "\n"
                + preferences + ": " + preferencesUrl;
        return new RenderedNewsletter(language, body.text().subject(), text, html);
    }

    private static String anchor(String url, String label) {
        return "<a href=\"" + escaped(url) + "\">" + escaped(label) + "</a>";
    }

    private static String escaped(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** The newsletter as the archive shows it: the same body, without anyone's unsubscribe link. */
    RenderedNewsletter forArchive(NewsletterText text) {
        Body body = body(text);
        return new RenderedNewsletter(text.language(), text.subject(), body.plain(),
                "<div class=\"newsletter-body\">" + body.safeHtml() + "</div>");
    }
}
