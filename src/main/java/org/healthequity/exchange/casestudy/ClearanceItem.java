package org.healthequity.exchange.casestudy;

import java.time.Instant;

/**
 * A country's clearance waiting for its focal points (ADR 0032).
 *
 * @param title the approved revision's title, in {@code language}
 * @param overdue whether it waits longer than the configured time
 * @param alerted whether the secretariat was alerted of it
 * @param version what a decision must name, so that the second of two focal points acting at once is told
 */
public record ClearanceItem(long id, long caseStudyId, String title, String language, String country,
        Instant requestedAt, boolean overdue, boolean alerted, long version) {
}
