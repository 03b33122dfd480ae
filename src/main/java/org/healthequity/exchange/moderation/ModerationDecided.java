package org.healthequity.exchange.moderation;

import org.jspecify.annotations.Nullable;

/** A moderator decided an item of the queue. */
public record ModerationDecided(long itemId, String type, long contentId, @Nullable Long revisionId,
        Decision decision, long moderatorId) {
}
