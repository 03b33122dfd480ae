package org.healthequity.exchange.opencall;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.healthequity.exchange.shared.ExchangeProperties;
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
 * The calls page's and a public call's head for crawlers and link previews (ADR 0021): the feed of open calls, and
 * for a call whose page is public (open, closed or decided) Open Graph, Dublin Core and a schema.org
 * {@code CreativeWork} whose {@code expires} is the deadline. A draft or an archived call is not described, whoever
 * asks: the secretariat's view of a draft is no reason to tell crawlers about it.
 */
@Component
class CallPageMetadata implements PageMetadata {

    private static final int DESCRIPTION = 300;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OpenCallRepository calls;
    private final Translations translations;
    private final ExchangeProperties properties;

    CallPageMetadata(OpenCallRepository calls, Translations translations, ExchangeProperties properties) {
        this.calls = calls;
        this.translations = translations;
        this.properties = properties;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PageHead> describe(String path, Language viewer) {
        FeedLink feed = new FeedLink(translations.get("feed.calls.title", viewer), properties.link("feeds/calls.atom"));
        return PageMetadata.listOrItem(path, "calls", feed, id -> calls.findById(id)
                .filter(call -> call.status().isPublic()).map(call -> head(call, feed, viewer)));
    }

    private PageHead head(OpenCall call, FeedLink feed, Language viewer) {
        String url = properties.link("calls/" + call.id());
        String description = RichText.excerpt(call.description(), DESCRIPTION);
        String organisation = translations.get("citation.organisation", viewer);
        String network = translations.get(call.network().messageKey(), viewer);
        List<Meta> dc = List.of(new Meta("DC.title", call.title()), new Meta("DC.creator", organisation),
                new Meta("DC.date", DateTimeFormatter.ISO_LOCAL_DATE.format(call.opensAt().atZone(call.zone()))),
                new Meta("DC.identifier", url), new Meta("DC.publisher", organisation), new Meta("DC.type", "Text"),
                new Meta("DC.description", description));
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("@context", "https://schema.org");
        work.put("@type", "CreativeWork");
        work.put("@id", url);
        work.put("url", url);
        work.put("name", call.title());
        work.put("description", description);
        work.put("datePublished", offset(call.opensAt(), call.zone()));
        work.put("expires", offset(call.closesAt(), call.zone()));
        work.put("publisher", Map.of("@type", "Organization", "name", organisation, "url", properties.link("")));
        work.put("sourceOrganization", Map.of("@type", "Organization", "name", network));
        return new PageHead(call.title(), description, url, "website", dc, JSON.writeValueAsString(work),
                List.of(feed));
    }

    /** ISO 8601 with the call's own offset ({@code 2027-02-01T12:00:00+01:00}). */
    private static String offset(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }
}
