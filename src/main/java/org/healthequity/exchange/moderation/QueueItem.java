package org.healthequity.exchange.moderation;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A row of the queue as the secretariat sees it.
 *
 * @param age how long the item has waited (or waited until decided)
 * @param overdue whether it has waited longer than the configured limit
 * @param claimedByMe whether the viewer holds the claim
 */
public record QueueItem(long id, ItemKind kind, String type, String typeMessageKey, long contentId,
        @Nullable Long revisionId, String title, @Nullable String network, String language,
        @Nullable String authorName, @Nullable String raisedByName, @Nullable String reason, Instant createdAt,
        Duration age, boolean overdue, @Nullable String claimedByName, boolean claimedByMe,
        @Nullable Decision decision, @Nullable String decidedByName, @Nullable Instant decidedAt,
        @Nullable String decisionComment, String reviewLink, long version) {
}
