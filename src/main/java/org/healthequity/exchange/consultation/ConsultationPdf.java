package org.healthequity.exchange.consultation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A synthesis as a PDF: its title, question and text, the contributions it draws on (by author, or by pseudonym in an
 * anonymised consultation) and the contributors, listed by name or only counted. Every text is escaped into a small
 * XHTML page of plain paragraphs, so nothing a person wrote becomes markup in the document.
 */
@Component
class ConsultationPdf {

    /** A contribution the synthesis draws on, as the document cites it. */
    record Source(long id, String author, String text) {
    }

    private final Translations translations;

    ConsultationPdf(Translations translations) {
        this.translations = translations;
    }

    byte[] render(Language language, String title, String question, String synthesis, List<Source> sources,
            List<String> contributors, int contributorCount, boolean anonymous) {
        StringBuilder html = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><html lang=\"")
                .append(language.code()).append("\"><head><meta charset=\"UTF-8\"/><title>").append(escape(title))
                .append("</title><style>body{font-family:sans-serif;font-size:11pt;line-height:1.4}"
                        + "h1{font-size:18pt}h2{font-size:13pt;margin-top:1.2em}"
                        + ".source{margin-left:1em;color:#333}</style></head><body>");
        html.append("<h1>").append(escape(title)).append("</h1>");
        section(html, t("consultation.pdf.question", language), question);
        section(html, t("consultation.pdf.synthesis", language), synthesis);
        if (!sources.isEmpty()) {
            html.append("<h2>").append(escape(t("consultation.pdf.sources", language))).append("</h2>");
            for (Source source : sources) {
                html.append("<p class=\"source\"><b>").append(escape(t("consultation.pdf.source", language,
                        source.id(), source.author()))).append("</b> ").append(escape(source.text())).append("</p>");
            }
        }
        html.append("<h2>").append(escape(t("consultation.pdf.contributors", language))).append("</h2>");
        if (anonymous) {
            html.append("<p>").append(escape(t("consultation.pdf.anonymised", language, contributorCount)))
                    .append("</p>");
        } else {
            html.append("<ul>");
            contributors.forEach(name -> html.append("<li>").append(escape(name)).append("</li>"));
            html.append("</ul>");
        }
        html.append("</body></html>");
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html.toString(), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void section(StringBuilder html, String heading, String text) {
        html.append("<h2>").append(escape(heading)).append("</h2>");
        for (String paragraph : text.split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(escape(paragraph.strip())).append("</p>");
            }
        }
    }

    private String t(String key, Language language, Object... arguments) {
        return translations.get(key, language, arguments);
    }

    /** Escaped for XHTML; characters XML forbids (controls) are dropped. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscapeDecimal(text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", ""));
    }
}
