package org.healthequity.exchange.opencall;

import java.time.Instant;

/** What a save returns: the version the next save must name, and when it was saved. */
public record SavedApplication(long id, long version, Instant savedAt) {
}
