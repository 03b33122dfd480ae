package org.healthequity.exchange.member;

import org.healthequity.exchange.search.SearchableChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells search, in the transaction of the change, that what it holds of a person or an institution may have changed:
 * search reads the item again from its source once the change commits (and drops it when the source no longer gives
 * it: opted out, suspended, deleted).
 */
@Component
class SearchChanges {

    private final ApplicationEventPublisher events;
    private final DirectoryRows directory;

    SearchChanges(ApplicationEventPublisher events, DirectoryRows directory) {
        this.events = events;
        this.directory = directory;
    }

    /** The person's profile, name, language, networks or account status changed. */
    void person(long accountId) {
        events.publishEvent(new SearchableChanged(ProfileSearchSource.TYPE, accountId));
    }

    /**
     * The person goes by another name: their profile, and what other modules index under their name (the webinars they
     * speak at), are read again.
     */
    void renamed(long accountId) {
        person(accountId);
        events.publishEvent(new MemberRenamed(accountId));
    }

    /** The institution changed, and with it the profiles of the listed people who name it. */
    void institution(long institutionId) {
        events.publishEvent(new SearchableChanged(InstitutionSearchSource.TYPE, institutionId));
        directory.listedAt(institutionId).forEach(this::person);
    }
}
