package org.healthequity.exchange.webinar;

import org.healthequity.exchange.member.MemberRenamed;
import org.healthequity.exchange.search.SearchableChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A member speaker is indexed under the name they go by today (see {@link WebinarSearchSource}): when a person is
 * renamed (or deleted, and goes by a pseudonym), search reads again every scheduled webinar or meeting they speak at.
 */
@Component
class SpeakerRenames {

    private final WebinarQueries queries;
    private final ApplicationEventPublisher events;

    SpeakerRenames(WebinarQueries queries, ApplicationEventPublisher events) {
        this.queries = queries;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(MemberRenamed event) {
        queries.scheduledWithSpeaker(event.accountId()).forEach(webinar -> events.publishEvent(
                new SearchableChanged(WebinarSearchSource.Kind.of(webinar.audience()).name(), webinar.id())));
    }
}
