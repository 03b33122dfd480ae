package org.healthequity.exchange.casestudy;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One case study for a harvester: a published one with its content, or one retracted after publication, which is
 * only its id and when it was taken down ({@code content == null}).
 *
 * @param datestamp when it was last published, or when it was retracted
 */
public record HarvestRecord(long id, Instant datestamp, @Nullable HarvestedCaseStudy content) {

    public boolean deleted() {
        return content == null;
    }

    public HarvestCursor cursor() {
        return new HarvestCursor(datestamp, id);
    }
}
