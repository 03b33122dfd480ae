package org.healthequity.exchange.search;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Feeds the index from content modules' events, after their transaction committed. */
@Component
class IndexUpdates {

    private final SearchIndex index;

    IndexUpdates(SearchIndex index) {
        this.index = index;
    }

    @ApplicationModuleListener
    void on(SearchableChanged changed) {
        index.update(changed.type(), changed.contentId());
    }
}
