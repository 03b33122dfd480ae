package org.healthequity.exchange.consultation;

import java.time.Instant;

/** A weekly summary pinned by a moderator. */
public record SummaryView(long id, String safeHtml, Instant pinnedAt) {
}
