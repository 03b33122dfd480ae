package org.healthequity.exchange.casestudy;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.healthequity.exchange.shared.text.RichText;
import org.healthequity.exchange.shared.ui.PageHead;
import org.healthequity.exchange.shared.ui.PageHead.FeedLink;
import org.healthequity.exchange.shared.ui.PageHead.Meta;
import org.healthequity.exchange.shared.ui.PageMetadata;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The library's and a published case study's head for crawlers and link previews: Open Graph, Dublin Core, schema.org
 * {@code Report} and the feed of new case studies. A case study that is not published is not described, whoever asks.
 */
@Component
class CaseStudyPageMetadata implements PageMetadata {

    private static final int DESCRIPTION = 300;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PublishedCaseStudies published;
    private final Translations translations;

    CaseStudyPageMetadata(PublishedCaseStudies published, Translations translations) {
        this.published = published;
        this.translations = translations;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PageHead> describe(String path, Language viewer) {
        FeedLink feed = new FeedLink(translations.get("feed.case-studies.title", viewer),
                published.link("feeds/case-studies.atom"));
        return PageMetadata.listOrItem(path, "case-studies", feed, id -> published.one(id).map(c -> head(c, feed)));
    }

    private static PageHead head(PublishedCaseStudy c, FeedLink feed) {
        String description = RichText.excerpt(c.summary(), DESCRIPTION);
        List<Meta> dc = new ArrayList<>();
        dc.add(new Meta("DC.title", c.title()));
        c.authors().forEach(a -> dc.add(new Meta("DC.creator", a)));
        dc.add(new Meta("DC.date", CitationFormats.date(c).toString()));
        dc.add(new Meta("DC.language", c.language().code()));
        dc.add(new Meta("DC.identifier", c.url()));
        if (c.doi() != null) {
            dc.add(new Meta("DC.identifier", Doi.url(c.doi())));
        }
        dc.add(new Meta("DC.publisher", c.publisher()));
        dc.add(new Meta("DC.type", "Text"));
        dc.add(new Meta("DC.description", description));
        c.keywords().forEach(k -> dc.add(new Meta("DC.subject", k)));
        c.countries().forEach(country -> dc.add(new Meta("DC.coverage", country)));
        return new PageHead(c.title(), description, c.url(), "article", dc, jsonLd(c, description), List.of(feed));
    }

    private static String jsonLd(PublishedCaseStudy c, String description) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("@context", "https://schema.org");
        report.put("@type", "Report");
        report.put("@id", c.url());
        report.put("url", c.url());
        report.put("name", c.title());
        report.put("headline", c.title());
        report.put("description", description);
        report.put("author", c.authors().stream().map(a -> Map.of("@type", "Person", "name", a)).toList());
        report.put("datePublished", iso(c.firstPublishedAt()));
        report.put("dateModified", iso(c.publishedAt()));
        report.put("inLanguage", c.language().code());
        report.put("keywords", String.join(", ", c.keywords()));
        report.put("about", c.keywords().stream().map(k -> Map.of("@type", "Thing", "name", k)).toList());
        report.put("spatialCoverage", c.countries().stream().map(n -> Map.of("@type", "Country", "name", n))
                .toList());
        if (c.doi() != null) {
            report.put("identifier", Map.of("@type", "PropertyValue", "propertyID", "DOI", "value", c.doi(),
                    "url", Doi.url(c.doi())));
            report.put("sameAs", Doi.url(c.doi()));
        }
        report.put("publisher", Map.of("@type", "Organization", "name", c.publisher()));
        return JSON.writeValueAsString(report);
    }

    private static String iso(java.time.Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
