package org.healthequity.exchange.moderation;

import org.jspecify.annotations.Nullable;

/**
 * The queue's filters; a null value means any.
 *
 * @param olderThanDays only items waiting at least this many days
 * @param decided false for the open queue, true for the history of decisions
 */
public record QueueFilter(@Nullable String type, @Nullable ItemKind kind, @Nullable String network,
        @Nullable String language, @Nullable Integer olderThanDays, boolean decided) {

    public static QueueFilter open() {
        return new QueueFilter(null, null, null, null, null, false);
    }
}
