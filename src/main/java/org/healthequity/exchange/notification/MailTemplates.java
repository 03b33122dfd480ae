package org.healthequity.exchange.notification;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Renders a mail from the bundles in the recipient's language: a plain-text part and an HTML part built from the same
 * text with every argument escaped, so user input can neither add markup nor headers. Only the portal's own links
 * become anchors; any other address in the text (a name or a title someone typed) stays plain text, broken up so that
 * mail programs do not turn it into a link either.
 */
@Component
class MailTemplates {

    record Rendered(String subject, String text, String html) {
    }

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");
    /** Where a mail program would see the start of an address: a scheme, "www." or a dot inside a host name. */
    private static final Pattern LINKABLE = Pattern.compile("(?i)(?=://)|(?<=www)(?=\\.)|(?<=[a-z0-9])(?=\\.[a-z])");
    /** Zero-width non-joiner: invisible, and no auto-linker reads across it. */
    private static final String BREAK = "&#8204;";

    private final Translations translations;
    private final String ownBase;

    MailTemplates(Translations translations, ExchangeProperties properties) {
        this.translations = translations;
        this.ownBase = properties.baseUrl();
    }

    Rendered render(Language language, String template, Object... arguments) {
        MailDraft draft = draft(language, template, arguments);
        return compose(language, draft.subject(), draft.body());
    }

    MailDraft draft(Language language, String template, Object... arguments) {
        Object[] plain = Arrays.stream(arguments).map(a -> a == null ? "" : a).toArray();
        return new MailDraft(oneLine(translations.get("mail." + template + ".subject", language, plain)),
                translations.get("mail." + template + ".body", language, plain));
    }

    Rendered compose(Language language, String subjectLine, String body) {
        String subject = oneLine(subjectLine);
        String footer = translations.get("mail.footer", language);
        String text = body + "\n\n-- \n" + footer + "\n";
        return new Rendered(subject, text, html(language, subject, body, footer));
    }

    /**
     * A message written for many (a newsletter): its text and its HTML, already safe, in the same frame as every
     * template; the footer names the portal only, since the message carries its own reason (why the person receives
     * it, how to stop it) and no action of theirs caused it.
     */
    Rendered composeList(Language language, String subjectLine, String text, String safeHtml) {
        String subject = oneLine(subjectLine);
        String footer = translations.get("mail.list.footer", language);
        return new Rendered(subject, text + "\n\n-- \n" + footer + "\n", framed(language, subject, safeHtml, footer));
    }

    private String html(Language language, String subject, String body, String footer) {
        StringBuilder paragraphs = new StringBuilder();
        for (String paragraph : body.split("\\n\\s*\\n")) {
            paragraphs.append("<p>").append(linked(paragraph)).append("</p>");
        }
        return framed(language, subject, paragraphs.toString(), footer);
    }

    private static String framed(Language language, String subject, String safeBody, String footer) {
        return new StringBuilder()
                .append("<!DOCTYPE html><html lang=\"").append(language.code()).append("\" dir=\"")
                .append(language.rightToLeft() ? "rtl" : "ltr").append("\"><head><meta charset=\"UTF-8\"><title>")
                .append(plain(subject)).append("</title></head><body>").append(safeBody)
                .append("<hr><p><small>").append(HtmlUtils.htmlEscape(footer, "UTF-8")).append("</small></p></body></html>")
                .toString();
    }

    /** Escapes a paragraph and turns the portal's own links in it into anchors; everything else stays text. */
    private String linked(String paragraph) {
        Matcher links = LINK.matcher(paragraph);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (links.find()) {
            out.append(plain(paragraph.substring(last, links.start())));
            if (own(links.group())) {
                String url = HtmlUtils.htmlEscape(links.group(), "UTF-8");
                out.append("<a href=\"").append(url).append("\">").append(url).append("</a>");
            } else {
                out.append(plain(links.group()));
            }
            last = links.end();
        }
        out.append(plain(paragraph.substring(last)));
        return out.toString();
    }

    /** On the portal's own origin: the base address followed by a path, a query or nothing (never "@host"). */
    private boolean own(String url) {
        return url.equals(ownBase) || (url.startsWith(ownBase) && "/?#".indexOf(url.charAt(ownBase.length())) >= 0);
    }

    private static String plain(String text) {
        return LINKABLE.matcher(HtmlUtils.htmlEscape(text, "UTF-8")).replaceAll(BREAK).replace("\n", "<br>");
    }

    /** A header value never carries a line break, whatever the arguments held. */
    static String oneLine(String value) {
        String single = value.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ").strip();
        return single.length() > OutgoingMail.SUBJECT_MAX ? single.substring(0, OutgoingMail.SUBJECT_MAX) : single;
    }

    /** One plain, valid address: no display name tricks, no line breaks, no lists. */
    static String checkedAddress(String recipient) {
        if (recipient.isBlank() || recipient.length() > OutgoingMail.RECIPIENT_MAX
                || recipient.chars().anyMatch(c -> c == '\r' || c == '\n' || c == ',' || c == ';')) {
            throw new IllegalArgumentException("Not a single valid e-mail address");
        }
        try {
            InternetAddress address = new InternetAddress(recipient.strip(), true);
            if (address.getPersonal() != null) {
                throw new IllegalArgumentException("Not a single valid e-mail address");
            }
            return address.getAddress();
        } catch (AddressException e) {
            throw new IllegalArgumentException("Not a single valid e-mail address", e);
        }
    }
}
