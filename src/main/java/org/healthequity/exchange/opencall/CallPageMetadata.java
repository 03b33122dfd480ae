package org.healthequity.exchange.opencall;

import java.util.Optional;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.healthequity.exchange.shared.ui.PageHead;
import org.healthequity.exchange.shared.ui.PageMetadata;
import org.springframework.stereotype.Component;

/** The calls page offers the feed of open calls to feed readers (ADR 0021). */
@Component
class CallPageMetadata implements PageMetadata {

    private final Translations translations;
    private final ExchangeProperties properties;

    CallPageMetadata(Translations translations, ExchangeProperties properties) {
        this.translations = translations;
        this.properties = properties;
    }

    @Override
    public Optional<PageHead> describe(String path, Language viewer) {
        if (!path.equals("calls")) {
            return Optional.empty();
        }
        return Optional.of(PageHead.feed(new PageHead.FeedLink(translations.get("feed.calls.title", viewer),
                properties.link("feeds/calls.atom"))));
    }
}
