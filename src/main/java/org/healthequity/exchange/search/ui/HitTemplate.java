package org.healthequity.exchange.search.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.healthequity.exchange.search.SearchDocument;
import org.healthequity.exchange.search.SearchResult;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.ContentLanguage;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;

/**
 * One search hit as a Lit template (kept in a resource beside the view rather than as markup in Java), not a component
 * tree: Lit escapes the title; the snippet keeps only the marks. The title and snippet carry the hit's language and
 * direction, so an Arabic hit reads right to left in an English page.
 */
final class HitTemplate {

    static final String HIT = read("search-hit.html");

    /** Only the highlighter's marks survive in a snippet; everything else in it is already escaped text. */
    private static final PolicyFactory MARKS = new HtmlPolicyBuilder().allowElements("mark").toFactory();

    private HitTemplate() {
    }

    static LitRenderer<SearchResult.Hit> renderer(Component viewer) {
        return LitRenderer.<SearchResult.Hit>of(HIT)
                .withProperty("title", SearchResult.Hit::title).withProperty("link", SearchResult.Hit::link)
                .withProperty("lang", hit -> ContentLanguage.lang(hit.language()))
                .withProperty("dir", hit -> ContentLanguage.dir(hit.language()))
                .withProperty("meta", hit -> viewer.getTranslation(SearchDocument.typeLabelKey(hit.type())) + " · "
                        + Language.nameOf(hit.language()) + " · " + ViewerTime.format(hit.publishedAt()))
                .withProperty("snippet", hit -> MARKS.sanitize(hit.snippetHtml()))
                .withProperty("alsoInLabel", hit -> viewer.getTranslation("search.also-in"))
                .withProperty("alsoIn", hit -> hit.alsoIn().stream().map(t -> new AlsoIn(t.language(),
                        Language.nameOf(t.language()), t.link())).toList());
    }

    /**
     * One "also in" link as the template reads it. A record, not a map: Vaadin sends a record's components to the
     * browser, while a map is sent as an object without properties (links without text or address).
     */
    public record AlsoIn(String code, String name, String link) {
    }

    private static String read(String name) {
        try (var in = Objects.requireNonNull(HitTemplate.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
