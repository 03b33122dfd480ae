package org.healthequity.exchange.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

/** The index's state and a rebuild from the database, for administrators. */
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
                    feed.nodeId(), Math.max(0, feed.appliedSeq()), feed.headSeq());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
