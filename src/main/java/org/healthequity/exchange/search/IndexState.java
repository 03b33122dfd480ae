package org.healthequity.exchange.search;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The index as the administration page shows it.
 *
 * @param documents documents in the index now
 * @param expected searchable items in the database
 * @param rebuildDone items written by the running (or last) rebuild, of {@code rebuildTotal}
 */
public record IndexState(String generation, String schemaVersion, long documents, long expected,
        @Nullable Instant lastCommit, boolean rebuilding, long rebuildDone, long rebuildTotal,
        @Nullable Instant rebuildFinishedAt, @Nullable String rebuildError) {

    public boolean consistent() {
        return documents == expected;
    }
}
