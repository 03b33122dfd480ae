package org.healthequity.exchange.casestudy.ui;

import java.util.Map;

import org.healthequity.exchange.casestudy.AuthorRef;
import org.healthequity.exchange.casestudy.CaseStudyForm;
import org.healthequity.exchange.casestudy.CaseStudyPage;
import org.healthequity.exchange.shared.time.ViewerTime;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The facts at the top of a case study's page, each a label and a value; an empty fact is left out. */
class CaseStudyFacts extends Div {

    CaseStudyFacts(CaseStudyPage page, Map<String, String> countryNames) {
        CaseStudyForm content = page.content();
        addClassName("facts");
        fact("case-study.countries", Vocabulary.join(content.countries(), c -> countryNames.getOrDefault(c, c)));
        fact("case-study.regions", Vocabulary.join(page.regions(), r -> Vocabulary.region(this, r)));
        fact("case-study.period", CaseStudyCard.period(content.yearFrom(), content.yearTo()));
        fact("case-study.network", getTranslation(content.network().messageKey()));
        fact("case-study.language", content.language().nativeName());
        fact("case-study.themes", Vocabulary.join(content.themes(), t -> Vocabulary.theme(this, t)));
        fact("case-study.dimensions", Vocabulary.join(content.dimensions(), d -> Vocabulary.dimension(this, d)));
        fact("case-study.sdg-targets", Vocabulary.join(content.sdgTargets(), t -> Vocabulary.target(this, t)));
        if (!page.authors().isEmpty()) {
            Div authors = new Div(new Span(getTranslation("case-study.authors") + ": "));
            for (int i = 0; i < page.authors().size(); i++) {
                AuthorRef author = page.authors().get(i);
                if (i > 0) {
                    authors.add(new Span(", "));
                }
                authors.add(new Anchor("members/" + author.accountId(), author.name()));
            }
            authors.addClassName("fact");
            add(authors);
        }
        if (page.publishedAt() != null) {
            fact("case-study.published", ViewerTime.format(page.publishedAt()));
        }
    }

    private void fact(String labelKey, String value) {
        if (!value.isBlank()) {
            Div fact = new Div(new Span(getTranslation(labelKey) + ": "), new Span(value));
            fact.addClassName("fact");
            add(fact);
        }
    }
}
