package org.healthequity.exchange.webinar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
 * The webinar list's and a public webinar's head for crawlers and link previews: Open Graph, Dublin Core, a schema.org
 * online {@code Event} and the feed of upcoming webinars. A network's webinar, a group's meeting or a cancelled one is
 * not described, whoever asks.
 */
@Component
class WebinarPageMetadata implements PageMetadata {

    private static final int DESCRIPTION = 300;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PublicWebinars webinars;
    private final Translations translations;
    private final ExchangeProperties properties;

    WebinarPageMetadata(PublicWebinars webinars, Translations translations, ExchangeProperties properties) {
        this.webinars = webinars;
        this.translations = translations;
        this.properties = properties;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PageHead> describe(String path, Language viewer) {
        FeedLink feed = new FeedLink(translations.get("feed.webinars.title", viewer),
                properties.link("feeds/webinars.atom"));
        return PageMetadata.listOrItem(path, "webinars", feed, id -> webinars.one(id).map(w -> head(w, feed)));
    }

    private PageHead head(PublicWebinars.PublicWebinar w, FeedLink feed) {
        String url = properties.link("webinars/" + w.id());
        String description = RichText.excerpt(w.description(), DESCRIPTION);
        Language language = w.languages().stream().map(Language::ofCode).flatMap(Optional::stream).findFirst()
                .orElse(Language.ENGLISH);
        String organiser = translations.get("citation.organisation", language);
        List<Meta> dc = new ArrayList<>();
        dc.add(new Meta("DC.title", w.title()));
        dc.add(new Meta("DC.creator", organiser));
        dc.add(new Meta("DC.date", offset(w.start(), w.zone())));
        w.languages().forEach(l -> dc.add(new Meta("DC.language", l)));
        dc.add(new Meta("DC.identifier", url));
        dc.add(new Meta("DC.publisher", organiser));
        dc.add(new Meta("DC.type", "Event"));
        dc.add(new Meta("DC.description", description));
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("@context", "https://schema.org");
        event.put("@type", "Event");
        event.put("@id", url);
        event.put("url", url);
        event.put("name", w.title());
        event.put("description", description);
        event.put("startDate", offset(w.start(), w.zone()));
        event.put("endDate", offset(w.end(), w.zone()));
        event.put("eventStatus", "https://schema.org/EventScheduled");
        event.put("eventAttendanceMode", "https://schema.org/OnlineEventAttendanceMode");
        // The page, never the joining link: that is for people with a place only.
        event.put("location", Map.of("@type", "VirtualLocation", "url", url));
        event.put("organizer", Map.of("@type", "Organization", "name", organiser, "url", properties.link("")));
        event.put("inLanguage", w.languages());
        return new PageHead(w.title(), description, url, "website", dc, JSON.writeValueAsString(event),
                List.of(feed));
    }

    /** ISO 8601 with the organiser's offset ({@code 2027-02-01T10:00:00+03:00}). */
    private static String offset(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }
}
