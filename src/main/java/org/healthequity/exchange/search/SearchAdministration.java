package org.healthequity.exchange.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

/** The index's state, the check for stale documents and a rebuild from the database, for administrators. */
@Service
public class SearchAdministration {

    private final SearchIndex index;
    private final SearchChangeFeed feed;
    private final AuditLog audit;

    SearchAdministration(SearchIndex index, SearchChangeFeed feed, AuditLog audit) {
        this.index = index;
        this.feed = feed;
        this.audit = audit;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional(readOnly = true)
    public IndexState state() {
        try {
            IndexRebuild.Progress progress = index.progress();
            return new IndexState(index.generationName(), IndexGeneration.SCHEMA_VERSION, index.documentCount(),
                    index.expectedCount(), index.lastCommit(), progress.running(), progress.done(), progress.total(),
                    progress.finishedAt(), progress.error(),
                    progress.reason() == null ? null : progress.reason().name().toLowerCase(Locale.ROOT),
                    feed.nodeId(), Math.max(0, feed.appliedSeq()), feed.headSeq(), staleCheck());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private IndexState.StaleCheckState staleCheck() {
        StaleCheck.@Nullable Result last = index.lastStaleCheck();
        return last == null
                ? new IndexState.StaleCheckState(index.staleCheckRunning(), null, 0, 0, Map.of(),
                        index.staleCheckError())
                : new IndexState.StaleCheckState(index.staleCheckRunning(), last.finishedAt(), last.checked(),
                        last.fixed(), last.fixedByType(), index.staleCheckError());
    }

    /**
     * Starts the check of every document against the database by its content hash, fixing what is stale (search keeps
     * answering); false when a check or a rebuild is already running.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public boolean checkForStaleDocuments() {
        boolean started = index.startStaleCheck();
        audit.recordIndependently(CurrentUser.actorName(), "search.stale-check", null, null,
                started ? AuditOutcome.SUCCESS : AuditOutcome.DENIED, started ? null : "already running");
        return started;
    }

    /** Starts a rebuild beside the current index (search keeps answering); false when one is already running. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public boolean rebuild() {
        boolean started = index.startRebuild();
        audit.recordIndependently(CurrentUser.actorName(), "search.rebuild",
                null, null, started ? AuditOutcome.SUCCESS : AuditOutcome.DENIED, started ? null : "already running");
        return started;
    }
}
