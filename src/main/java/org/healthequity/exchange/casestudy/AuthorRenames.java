package org.healthequity.exchange.casestudy;

import java.time.Clock;

import org.healthequity.exchange.member.MemberRenamed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A person's displayed name changed (renamed, or deleted and now a pseudonym): the public records of the case studies
 * they wrote show it, so their harvesting datestamp moves (ADR 0020).
 */
@Component
class AuthorRenames {

    private final HarvestRows harvest;
    private final Clock clock;

    AuthorRenames(HarvestRows harvest, Clock clock) {
        this.harvest = harvest;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MemberRenamed event) {
        harvest.authorRenamed(event.accountId(), clock.instant());
    }
}
