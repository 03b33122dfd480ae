package org.healthequity.exchange.search;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The index of this node as the administration page shows it.
 *
 * @param documents documents in the index now
 * @param expected searchable items in the database
 * @param rebuildDone items written by the running (or last) rebuild, of {@code rebuildTotal}
 * @param rebuildReason why the running (or last) rebuild started: {@code missing}, {@code behind}, {@code damaged} or
 *     {@code requested}
 * @param nodeId this node's name in the change feed
 * @param appliedChange the last change of the feed this node has applied, of {@code latestChange}
 * @param staleCheck the check of every document against the database by its content hash
 */
public record IndexState(String generation, String schemaVersion, long documents, long expected,
        @Nullable Instant lastCommit, boolean rebuilding, long rebuildDone, long rebuildTotal,
        @Nullable Instant rebuildFinishedAt, @Nullable String rebuildError, @Nullable String rebuildReason,
        String nodeId, long appliedChange, long latestChange, StaleCheckState staleCheck) {

    /**
     * The check for stale documents: running now, and what the last one found.
     *
     * @param finishedAt when the last check ended; null before the first
     * @param checked items read from the database by the last check
     * @param fixed items whose documents were missing, stale or left over, and were indexed again or removed
     * @param fixedByType the same, per content type
     */
    public record StaleCheckState(boolean running, @Nullable Instant finishedAt, long checked, long fixed,
            Map<String, Long> fixedByType, @Nullable String error) {
    }

    public boolean consistent() {
        return documents == expected;
    }

    /** Changes of the feed this node has still to apply. */
    public long changesBehind() {
        return Math.max(0, latestChange - appliedChange);
    }
}
