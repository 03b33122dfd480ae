package org.healthequity.exchange.webinar;

import java.time.Instant;

/** Another event for the same audience at the same time. */
public record Overlap(long id, String title, Instant start, Instant end) {
}
