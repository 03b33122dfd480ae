package org.healthequity.exchange.shared.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The long texts people write (case studies, later posts): Markdown, never raw HTML. On the way in,
 * {@link #clean(String)} removes any markup a person pasted; on the way out, {@link #toSafeHtml(String)} renders the
 * Markdown and passes the HTML through a small allow-list (OWASP java-html-sanitizer), so a stored text can never
 * inject a script, an event handler, a {@code javascript:} link or an SVG, even if it reached the database another way.
 */
public final class RichText {

    /** The rel of every link to another site: no access to this page, no referrer, no endorsement. */
    public static final String LINK_REL = "noopener noreferrer nofollow";

    /** The HTML a rendered text may contain: paragraphs, emphasis, lists, quotes, small headings and safe links. */
    private static final PolicyFactory ALLOWED = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote", "h3", "h4", "h5",
                    "h6", "code", "pre", "hr")
            .allowElements("a").allowAttributes("href").onElements("a").allowUrlProtocols("https", "http", "mailto")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private static final PolicyFactory NO_MARKUP = new HtmlPolicyBuilder().toFactory();

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos);");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

    private RichText() {
    }

    /**
     * What is stored of a text a person typed: control characters and every HTML tag removed (a script with its
     * content), the Markdown and the plain text kept as typed.
     */
    public static String clean(String source) {
        String withoutControls = CONTROL.matcher(source.replace("\r\n", "\n")).replaceAll("");
        String text = withoutControls;
        // Unescaping may reassemble a tag from pieces ("<<b>script>"), so repeat until nothing changes.
        for (int round = 0; round < 5 && text.indexOf('<') >= 0; round++) {
            String stripped = unescape(NO_MARKUP.sanitize(text));
            if (stripped.equals(text)) {
                break;
            }
            text = stripped;
        }
        return text.strip();
    }

    /** The text as HTML that is safe to put into a page or a mail, whatever the stored text holds. */
    public static String toSafeHtml(String source) {
        Node document = PARSER.parse(source);
        return ALLOWED.sanitize(HTML.render(document));
    }

    /** The text without any formatting, for excerpts, search and mail. */
    public static String plainText(String source) {
        return TEXT.render(PARSER.parse(source)).strip();
    }

    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern MARKS = Pattern.compile("(?m)^\\s{0,3}(#{1,6}\\s+|[-*+]\\s+|>\\s?|\\d+[.)]\\s+)|\\*\\*|__|`");

    /**
     * The text with Markdown's marks dropped, cheaply and without parsing: for indexing large volumes, where the
     * analysers ignore punctuation anyway. Not for display.
     */
    public static String roughText(String source) {
        return MARKS.matcher(LINK.matcher(source).replaceAll("$1")).replaceAll("");
    }

    /** The first {@code max} characters of the plain text, cut at a word, with an ellipsis when cut. */
    public static String excerpt(String source, int max) {
        String text = plainText(source).replaceAll("\\s+", " ");
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > max / 2 ? cut : max) + "…";
    }

    private static String unescape(String html) {
        Matcher m = ENTITY.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String entity = m.group(1);
            String replacement = switch (entity) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> {
                    int codePoint = entity.charAt(1) == 'x' || entity.charAt(1) == 'X'
                            ? Integer.parseInt(entity.substring(2), 16)
                            : Integer.parseInt(entity.substring(1));
                    yield Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : "";
                }
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
