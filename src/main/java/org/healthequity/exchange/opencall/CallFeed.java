package org.healthequity.exchange.opencall;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.healthequity.exchange.shared.text.AtomFeed;
import org.healthequity.exchange.shared.text.RichText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;

/**
 * The Atom feed of open calls for applications: calls whose page is public and which take applications (status OPEN),
 * never a draft, whoever asks.
 */
@Service
public class CallFeed {

    private static final int SUMMARY = 1000;

    private final OpenCallRepository calls;
    private final Translations translations;
    private final ExchangeProperties properties;
    private final Clock clock;

    CallFeed(OpenCallRepository calls, Translations translations, ExchangeProperties properties, Clock clock) {
        this.calls = calls;
        this.translations = translations;
        this.properties = properties;
        this.clock = clock;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public String atom(Language viewer) {
        String self = properties.link("feeds/calls.atom");
        List<AtomFeed.Entry> entries = calls.findByStatusInOrderById(EnumSet.of(CallStatus.OPEN)).stream()
                .filter(c -> c.status().isPublic())
                .map(c -> new AtomFeed.Entry(AtomFeed.tagUri(self, "call:" + c.id()), c.title(), c.updatedAt(),
                        c.opensAt(), properties.link("calls/" + c.id()), translations.get("feed.call.summary", viewer,
                                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(c.closesAt().atZone(c.zone())),
                                c.zone().getId(), RichText.excerpt(c.description(), SUMMARY)),
                        List.of(translations.get("citation.publisher", viewer,
                                translations.get(c.network().messageKey(), viewer))),
                        List.of(c.network().name()), null))
                .toList();
        return AtomFeed.write(new AtomFeed.Feed(AtomFeed.tagUri(self, "feed:calls"),
                translations.get("feed.calls.title", viewer), self, properties.link("calls"),
                translations.get("app.name", viewer), clock.instant(), entries));
    }
}
