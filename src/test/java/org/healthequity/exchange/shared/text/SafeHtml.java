package org.healthequity.exchange.shared.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What rendered rich text may hold: the small allow-list of elements, no attribute but href and rel, safe links. */
final class SafeHtml {

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z0-9:-]+)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z:-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)");
    private static final List<String> ALLOWED = List.of("p", "br", "strong", "em", "b", "i", "ul", "ol", "li",
            "blockquote", "h3", "h4", "h5", "h6", "code", "pre", "hr", "a");

    private SafeHtml() {
    }

    /** Every element is allowed, every attribute is href or rel, and every link is http(s) or mailto. */
    static void assertOnlyAllowedMarkup(String html) {
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            String tag = tags.group().toLowerCase(Locale.ROOT);
            assertThat(tags.group(1).toLowerCase(Locale.ROOT)).as(tag).isIn(ALLOWED);
            Matcher attributes = ATTRIBUTE.matcher(tags.group(2));
            while (attributes.find()) {
                assertThat(attributes.group(1).toLowerCase(Locale.ROOT)).as(tag).isIn("href", "rel");
                if (attributes.group(1).equalsIgnoreCase("href")) {
                    assertThat(attributes.group(2)).as(tag).matches("\"((https?://|mailto:)[^\"]*)?\"");
                }
            }
        }
    }
}
