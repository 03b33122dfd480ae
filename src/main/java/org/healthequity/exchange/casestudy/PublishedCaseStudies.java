package org.healthequity.exchange.casestudy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.Expertise;
import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.healthequity.exchange.shared.text.RichText;
import org.springframework.stereotype.Component;

/**
 * Published case studies as the open web reads them (citations, page metadata, feeds): the live version of a case
 * study in status PUBLISHED and nothing else, whoever asks, with codes named in the case study's own language.
 */
@Component
class PublishedCaseStudies {

    private final LibraryRows rows;
    private final MemberContacts contacts;
    private final Countries countries;
    private final Translations translations;
    private final ExchangeProperties properties;

    PublishedCaseStudies(LibraryRows rows, MemberContacts contacts, Countries countries, Translations translations,
            ExchangeProperties properties) {
        this.rows = rows;
        this.contacts = contacts;
        this.countries = countries;
        this.translations = translations;
        this.properties = properties;
    }

    Optional<PublishedCaseStudy> one(long id) {
        return named(rows.open(id, LibraryFilter.none(), 1)).stream().findFirst();
    }

    List<PublishedCaseStudy> latest(LibraryFilter filter, int howMany) {
        return named(rows.open(null, filter, howMany));
    }

    /** The address of a case study's page. */
    String url(long id) {
        return properties.link("case-studies/" + id);
    }

    String link(String path) {
        return properties.link(path);
    }

    private List<PublishedCaseStudy> named(List<LibraryRows.Open> found) {
        Map<Long, String> names = contacts.names(found.stream().flatMap(o -> o.authors().stream()).distinct()
                .toList());
        return found.stream().map(o -> {
            Language language = Language.ofCode(o.language()).orElse(Language.ENGLISH);
            Map<String, String> countryNames = countries.names(language);
            return new PublishedCaseStudy(o.id(), o.title(), RichText.plainText(o.summary()), language,
                    translations.get("citation.publisher", language,
                            translations.get(Network.valueOf(o.network()).messageKey(), language)),
                    o.authors().stream().filter(names::containsKey).map(names::get).toList(),
                    o.themes().stream().map(t -> translations.get(Expertise.messageKey("THEME:" + t), language))
                            .toList(),
                    o.countries().stream().map(c -> countryNames.getOrDefault(c, c)).toList(),
                    o.firstPublishedAt(), o.publishedAt(), o.doi(), url(o.id()));
        }).toList();
    }
}
