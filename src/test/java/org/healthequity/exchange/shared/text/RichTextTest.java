package org.healthequity.exchange.shared.text;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class RichTextTest {

    /** Payloads from the usual XSS cheat sheets: scripts, handlers, javascript: and data: links, SVG, frames. */
    static List<String> payloads() {
        return List.of(
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<svg onload=alert(1)><circle r=1></circle></svg>",
                "<svg><script>alert(1)</script></svg>",
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<<script>script>alert(1)<</script>/script>",
                "<body onload=alert(1)>",
                "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
                "![x](https://evil.example/x.png\" onerror=\"alert(1))",
                "<details open ontoggle=alert(1)>",
                "&lt;script&gt;alert(1)&lt;/script&gt;",
                "<a href='https://ok.example' onclick='alert(1)'>ok</a>");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void renderedTextNeverCarriesScriptHandlersOrDangerousLinks(String payload) {
        for (String html : List.of(RichText.toSafeHtml(payload), RichText.toSafeHtml(RichText.clean(payload)))) {
            SafeHtml.assertOnlyAllowedMarkup(html);
        }
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void cleaningRemovesMarkupOnTheWayIn(String payload) {
        String cleaned = RichText.clean(payload).toLowerCase(Locale.ROOT);
        assertThat(cleaned).doesNotContain("<script", "<img", "<svg", "<iframe", "<body", "<details", "<a ");
    }

    @Test
    void markdownBecomesASmallSetOfElements() {
        String html = RichText.toSafeHtml("Intro with **bold** and *italic*.\n\n- one\n- two\n\n[WHO](https://www.who.int)");
        assertThat(html).contains("<strong>bold</strong>", "<em>italic</em>", "<ul>", "<li>one</li>",
                "href=\"https://www.who.int\"", "rel=\"nofollow noopener noreferrer\"");
    }

    @Test
    void plainTextAndComparisonsSurviveCleaning() {
        assertThat(RichText.clean("Coverage rose from 40% to 60% (a < b, c > d) & more"))
                .isEqualTo("Coverage rose from 40% to 60% (a < b, c > d) & more");
        assertThat(RichText.clean("Line one\r\nLine two\u0007")).isEqualTo("Line one\nLine two");
    }

    @Test
    void excerptCutsAtAWordAndDropsFormatting() {
        assertThat(RichText.excerpt("**Housing** first: a programme that moved families", 30))
                .isEqualTo("Housing first: a programme…");
    }
}
