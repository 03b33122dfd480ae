package org.healthequity.exchange.casestudy.ui;

import java.util.Map;

import org.healthequity.exchange.casestudy.LibraryCard;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** A published case study as a card: title, countries, themes, period and an excerpt. Text only, never markup. */
class CaseStudyCard extends Div {

    CaseStudyCard(LibraryCard card, Map<String, String> countryNames) {
        addClassName("case-study-card");
        H3 title = new H3(new Anchor("case-studies/" + card.id(), card.title()));
        Span countries = new Span(Vocabulary.join(card.countries(), c -> countryNames.getOrDefault(c, c)));
        countries.addClassName("countries");
        Span themes = new Span(Vocabulary.join(card.themes(), t -> Vocabulary.theme(this, t)));
        themes.addClassName("themes");
        Span period = new Span(period(card.yearFrom(), card.yearTo()));
        period.addClassName("period");
        Span language = new Span(Vocabulary.language(card.language()));
        language.addClassName("language");
        Div meta = new Div(countries, period, language);
        meta.addClassName("meta");
        add(title, meta, themes, new Paragraph(card.excerpt()));
    }

    static String period(Integer from, Integer to) {
        if (from == null) {
            return "";
        }
        return to == null || to.equals(from) ? String.valueOf(from) : from + "–" + to;
    }
}
