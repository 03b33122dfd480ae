package org.healthequity.exchange.webinar;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.healthequity.exchange.shared.text.AtomFeed;
import org.healthequity.exchange.shared.text.RichText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;

/** The Atom feed of upcoming public webinars, soonest first; a network's webinar or a group's meeting never. */
@Service
public class WebinarFeed {

    static final int ENTRIES = 50;
    private static final int SUMMARY = 1000;

    private final PublicWebinars webinars;
    private final Translations translations;
    private final ExchangeProperties properties;
    private final Clock clock;

    WebinarFeed(PublicWebinars webinars, Translations translations, ExchangeProperties properties, Clock clock) {
        this.webinars = webinars;
        this.translations = translations;
        this.properties = properties;
        this.clock = clock;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public String atom(Language viewer) {
        String self = properties.link("feeds/webinars.atom");
        String organiser = translations.get("citation.organisation", viewer);
        List<AtomFeed.Entry> entries = webinars.upcoming(clock.instant(), ENTRIES).stream()
                .map(w -> new AtomFeed.Entry(AtomFeed.tagUri(self, "webinar:" + w.id()), w.title(), w.updatedAt(),
                        w.createdAt(), properties.link("webinars/" + w.id()), translations.get("feed.webinar.summary",
                                viewer, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(w.start().atZone(w.zone())),
                                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(w.end().atZone(w.zone())),
                                w.zone().getId(), RichText.excerpt(w.description(), SUMMARY)),
                        List.of(organiser), List.of(), w.languages().size() == 1 ? w.languages().getFirst() : null))
                .toList();
        return AtomFeed.write(new AtomFeed.Feed(AtomFeed.tagUri(self, "feed:webinars"),
                translations.get("feed.webinars.title", viewer), self, properties.link("webinars"),
                translations.get("app.name", viewer), clock.instant(), entries));
    }
}
