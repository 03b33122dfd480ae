package org.healthequity.exchange.casestudy;

import java.time.Instant;

/** Where a page of harvested records ends: the next page starts after this datestamp and id. */
public record HarvestCursor(Instant datestamp, long id) {
}
