package org.healthequity.exchange.search;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The writing side of the search change feed (docs/adr/0012-search-change-feed.md): each {@link SearchableChanged}
 * becomes a row of {@code search_change} in the transaction that made the change, and the {@link SearchChangeFeed}
 * is asked to apply it once that transaction has committed.
 * <ul>
 * <li>Rows are written just before their transaction commits, under a transaction-scoped advisory lock: a row becomes
 * visible only after every row with a smaller sequence number, so a node's cursor never skips one.</li>
 * <li>A rolled-back change leaves no row.</li>
 * </ul>
 */
@Component
class SearchChangeWriter {

    /** The advisory lock that orders the feed's writers ("SEARCHFE"). */
    private static final long FEED_LOCK = 0x5345415243484645L;

    private final SearchChangeFeed feed;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    SearchChangeWriter(SearchChangeFeed feed, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.feed = feed;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Writes the change into the feed in the publisher's transaction (just before it commits), and applies it on this
     * node once it has committed. A rolled-back change leaves no row.
     */
    @EventListener
    void on(SearchableChanged changed) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    record(changed);
                }

                @Override
                public void afterCommit() {
                    feed.pollSoon();
                }
            });
        } else {
            transaction.executeWithoutResult(status -> record(changed));
            feed.pollSoon();
        }
    }

    private void record(SearchableChanged changed) {
        jdbc.queryForList("select pg_advisory_xact_lock(?)", FEED_LOCK);
        jdbc.update("insert into search_change (source, item_id, operation) values (?, ?, ?)", changed.type(),
                changed.contentId(), changed.removed() ? "delete" : "upsert");
    }
}
