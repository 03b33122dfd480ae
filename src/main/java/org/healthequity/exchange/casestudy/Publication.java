package org.healthequity.exchange.casestudy;

import java.time.Clock;

import org.healthequity.exchange.search.SearchableChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one path by which a revision goes live, whether the secretariat's approval publishes it or the last national
 * clearance does (ADR 0032): the case study points at it, the version it replaces is superseded, and the harvest
 * change and the search event (which feeds, index and harvest follow) are written in the caller's transaction, and a
 * translation fulfils the request for its language.
 */
@Component
class Publication {

    private final CaseStudyRevisionRepository revisions;
    private final HarvestRows harvest;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TranslationFulfilment translations;

    Publication(CaseStudyRevisionRepository revisions, HarvestRows harvest, ApplicationEventPublisher events,
            Clock clock, TranslationFulfilment translations) {
        this.translations = translations;
        this.revisions = revisions;
        this.harvest = harvest;
        this.events = events;
        this.clock = clock;
    }

    /** The revision, already marked PUBLISHED, becomes the live one of its locked case study. */
    void goLive(CaseStudy caseStudy, CaseStudyRevision working) {
        Long previous = caseStudy.published(working.network(), working.language(), clock.instant());
        if (previous != null) {
            revisions.findById(previous).ifPresent(CaseStudyRevision::supersede);
        }
        revisions.flush();
        harvest.familyChanged(caseStudy.id(), clock.instant());
        events.publishEvent(new SearchableChanged(CaseStudyAuthoring.TYPE, caseStudy.id()));
        translations.published(caseStudy, working.title());
    }
}
