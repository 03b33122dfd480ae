package org.healthequity.exchange.consultation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A synthesis as a PDF: its title, question and text, the contributions it draws on (by author, or by pseudonym in an
 * anonymised consultation) and the contributors, listed by name or only counted. Every text is escaped into a small
 * XHTML page of plain paragraphs, so nothing a person wrote becomes markup in the document.
 * <p>
 * The fonts ship with the application (src/main/resources/fonts, see NOTICE): DejaVu Sans for Latin, Cyrillic and
 * Arabic, Droid Sans Fallback for Chinese, tried in that order glyph by glyph and embedded as subsets. ICU splits and
 * reorders right-to-left runs and shapes Arabic; a paragraph whose first strong letter is right-to-left is laid out
 * right to left, and so is the whole page in Arabic (headings, labels and the list of names follow the page).
 */
@Component
class ConsultationPdf {

    /** A contribution the synthesis draws on, as the document cites it. */
    record Source(long id, String author, String text) {
    }

    private static final String SANS = "Exchange Sans";
    private static final String CJK = "Exchange CJK";

    private final Translations translations;

    ConsultationPdf(Translations translations) {
        this.translations = translations;
    }

    byte[] render(Language language, String title, String question, String synthesis, List<Source> sources,
            List<String> contributors, int contributorCount, boolean anonymous) {
        StringBuilder html = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><html lang=\"")
                .append(language.code()).append("\" dir=\"").append(language.rightToLeft() ? "rtl" : "ltr")
                .append("\"><head><meta charset=\"UTF-8\"/><title>").append(escape(title))
                .append("</title><style>body{font-family:'" + SANS + "','" + CJK + "',sans-serif;font-size:11pt;line-height:1.4}"
                        + "h1{font-size:18pt}h2{font-size:13pt;margin-top:1.2em}"
                        + ".cites{margin:0.8em 0 0}.source{margin:0.2em 1em 0;color:#333}</style></head><body>");
        html.append("<h1>").append(escape(title)).append("</h1>");
        section(html, t("consultation.pdf.question", language), question);
        section(html, t("consultation.pdf.synthesis", language), synthesis);
        if (!sources.isEmpty()) {
            html.append("<h2>").append(escape(t("consultation.pdf.sources", language))).append("</h2>");
            for (Source source : sources) {
                html.append("<p class=\"cites\"><b>").append(escape(t("consultation.pdf.source", language,
                        source.id(), source.author()))).append("</b></p><p class=\"source\"")
                        .append(direction(source.text())).append(">").append(escape(source.text())).append("</p>");
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
            builder.useFont(() -> font("DejaVuSans.ttf"), SANS, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), SANS, 700, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DroidSansFallbackFull.ttf"), CJK, 400, FontStyle.NORMAL, true);
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(language.rightToLeft() ? TextDirection.RTL : TextDirection.LTR);
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
                html.append("<p").append(direction(paragraph)).append(">").append(escape(paragraph.strip()))
                        .append("</p>");
            }
        }
    }

    /** A font shipped in the application; the renderer reads it only when a text needs it. */
    private static InputStream font(String file) {
        InputStream in = ConsultationPdf.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("Font missing from the application: " + file);
        }
        return in;
    }

    /** A {@code dir} attribute from the first strong letter of the text (none when it has no letter). */
    private static String direction(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            byte d = Character.getDirectionality(c);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return " dir=\"rtl\"";
            }
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return " dir=\"ltr\"";
            }
            i += Character.charCount(c);
        }
        return "";
    }

    private String t(String key, Language language, Object... arguments) {
        return translations.get(key, language, arguments);
    }

    /** Escaped for XHTML; characters XML forbids (controls) are dropped. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscapeDecimal(text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", ""));
    }
}
