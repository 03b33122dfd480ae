package org.healthequity.exchange.casestudy.ui;

import java.util.Map;

import org.healthequity.exchange.casestudy.LibraryCard;
import org.healthequity.exchange.shared.ui.ContentLanguage;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;

/**
 * A published case study as a card: title (a real link), countries, period, language, themes and an excerpt. Drawn in
 * the browser from one template with no server-side component per card: a card tree of ten components held per
 * visitor was most of the library's heap and bytes. Lit's text bindings escape what they show: text only, never markup.
 * The title and excerpt carry the case study's language and direction ({@link ContentLanguage}).
 */
final class CaseStudyCard {

    private static final String TEMPLATE = """
            <div class="case-study-card">\
            <h3 lang="${item.lang}" dir="${item.dir}"><a href="case-studies/${item.id}">${item.title}</a></h3>\
            <div class="meta"><span class="countries">${item.countries}</span>\
            <span class="period">${item.period}</span><span class="language">${item.language}</span></div>\
            <span class="themes">${item.themes}</span>\
            <p lang="${item.lang}" dir="${item.dir}">${item.excerpt}</p></div>""";

    private CaseStudyCard() {
    }

    static LitRenderer<LibraryCard> renderer(Component viewer, Map<String, String> countryNames) {
        return LitRenderer.<LibraryCard>of(TEMPLATE)
                .withProperty("id", LibraryCard::id)
                .withProperty("title", LibraryCard::title)
                .withProperty("lang", card -> ContentLanguage.lang(card.language()))
                .withProperty("dir", card -> ContentLanguage.dir(card.language()))
                .withProperty("countries",
                        card -> Vocabulary.join(card.countries(), c -> countryNames.getOrDefault(c, c)))
                .withProperty("period", card -> period(card.yearFrom(), card.yearTo()))
                .withProperty("language", card -> Vocabulary.language(card.language()))
                .withProperty("themes", card -> Vocabulary.join(card.themes(), t -> Vocabulary.theme(viewer, t)))
                .withProperty("excerpt", LibraryCard::excerpt);
    }

    static String period(Integer from, Integer to) {
        if (from == null) {
            return "";
        }
        return to == null || to.equals(from) ? String.valueOf(from) : from + "–" + to;
    }
}
