package org.healthequity.exchange.casestudy;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Which case studies a harvester asks for.
 *
 * @param from the earliest datestamp, inclusive
 * @param before the datestamp the records must come before (an OAI-PMH {@code until} plus its granularity)
 * @param set the set the case studies belong to, by their last published version
 */
public record HarvestQuery(@Nullable Instant from, @Nullable Instant before, @Nullable HarvestSet set) {

    public static HarvestQuery everything() {
        return new HarvestQuery(null, null, null);
    }
}
