package org.healthequity.exchange.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reading side of the search change feed (docs/adr/0012-search-change-feed.md): every change search must reflect
 * is a row of {@code search_change}, written by the {@link SearchChangeWriter} in the transaction that made it; every
 * node applies the rows in order to its own index, re-reading each item from the database, and remembers how far it
 * got in {@code search_node_cursor}.
 * <ul>
 * <li>The node that made a change applies it right after the commit; the others within a poll interval.</li>
 * <li>At start a node catches up from its cursor before it reports ready; it rebuilds from the database when it has no
 * cursor, when its index was unusable, or when the rows it missed were pruned.</li>
 * <li>Rows every node seen within the retention has applied, and older than the retention, are pruned.</li>
 * </ul>
 */
@Component
class SearchChangeFeed implements DisposableBean {

    private static final int BATCH = 500;
    private static final Duration HEARTBEAT = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(SearchChangeFeed.class);

    /** How far this node is behind the feed. */
    record Lag(long headSeq, long appliedSeq, long rows, double seconds) {
    }

    private final SearchIndex index;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final String nodeId;
    private final Duration interval;
    private final Duration retention;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "search-feed");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long applied = -1;
    private volatile Instant lastStored = Instant.EPOCH;
    private volatile boolean running;

    SearchChangeFeed(SearchIndex index, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            ExchangeProperties properties, SearchSettings settings) {
        this.index = index;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        String nodeId = properties.nodeId();
        this.nodeId = nodeId == null || nodeId.isBlank() ? defaultNodeId(properties) : nodeId.strip();
        this.interval = settings.feedInterval();
        this.retention = settings.feedRetention();
    }

    /** The host name and the data folder: the same node keeps its id across restarts, two folders are two nodes. */
    static String defaultNodeId(ExchangeProperties properties) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        String id = host + ":" + properties.dataDir().toAbsolutePath().normalize();
        return id.length() <= 300 ? id : id.substring(id.length() - 300);
    }

    String nodeId() {
        return nodeId;
    }

    /**
     * Once the portal is up: catch up with the feed (or rebuild), before the node reports ready, then poll.
     */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        catchUpOrRebuild();
        running = true;
        poller.scheduleWithFixedDelay(this::pollQuietly, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Decides at start whether this node's index can follow the feed from its cursor, or must be rebuilt. */
    synchronized void catchUpOrRebuild() {
        long head = headSeq();
        Long cursor = storedCursor();
        long pruned = prunedThrough();
        if (index.unusableAtStart() || cursor == null || cursor < pruned || cursor > head) {
            log.info("Search feed: node {} has cursor {} (feed pruned through {}, head {}): rebuilding", nodeId,
                    cursor, pruned, head);
            rebuildFrom(head, index.unusableAtStart() ? IndexRebuild.Reason.MISSING
                    : IndexRebuild.Reason.BEHIND);
            return;
        }
        applied = cursor;
        int caughtUp = 0;
        int batch;
        do {
            batch = poll();
            caughtUp += batch;
        } while (batch > 0);
        if (caughtUp > 0) {
            log.info("Search feed: node {} caught up with {} changes, now at {}", nodeId, caughtUp, applied);
        }
        try {
            // What was just applied must be searchable before the documents are counted against the database.
            index.awaitSearchable();
            index.checkAgainstDatabase();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Rebuilds from the database and follows the feed from {@code head}: what changes while the rebuild reads the
     * database is applied (and read again into the new index) from the feed.
     */
    private void rebuildFrom(long head, IndexRebuild.Reason reason) {
        applied = head;
        storeCursor();
        index.startRebuild(reason);
    }

    /** Asks the poller to look at the feed now (after a change committed on this node). */
    void pollSoon() {
        if (running) {
            try {
                poller.execute(this::pollQuietly);
            } catch (RejectedExecutionException stopping) {
                log.debug("Search feed stopped; the change is applied at the next start");
            }
        }
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            // The database or the index is away for a moment: the cursor stayed where it was, the next poll retries.
            log.warn("Search feed poll failed: {}", e.toString());
        }
    }

    /** Applies the next rows of the feed to this node's index, in order; returns how many it applied. */
    synchronized int poll() {
        if (applied < 0) {
            Long cursor = storedCursor();
            applied = cursor == null ? 0 : cursor;
        }
        if (applied < prunedThrough()) {
            log.warn("Search feed: node {} is at {}, but rows after it were pruned: rebuilding", nodeId, applied);
            rebuildFrom(headSeq(), IndexRebuild.Reason.BEHIND);
            return 0;
        }
        List<Change> rows = jdbc.query("select seq, source, item_id from search_change where seq > ? order by seq "
                + "limit " + BATCH, (rs, n) -> new Change(rs.getLong(1), rs.getString(2), rs.getLong(3)), applied);
        try {
            for (Change row : rows) {
                if (index.indexes(row.source())) {
                    index.update(row.source(), row.itemId());
                } else {
                    log.debug("Search feed: no source for {} on this node, skipped", row.source());
                }
                applied = row.seq();
            }
        } finally {
            if (!rows.isEmpty() || Duration.between(lastStored, Instant.now()).compareTo(HEARTBEAT) >= 0) {
                storeCursor();
            }
        }
        return rows.size();
    }

    private record Change(long seq, String source, long itemId) {
    }

    private void storeCursor() {
        jdbc.update("""
                insert into search_node_cursor (node_id, last_seq, updated_at) values (?, ?, now())
                on conflict (node_id) do update set last_seq = excluded.last_seq, updated_at = excluded.updated_at""",
                nodeId, applied);
        lastStored = Instant.now();
    }

    /** Prunes old rows now and then; any node may do it, the result is the same. */
    @Scheduled(fixedDelayString = "${exchange.search.feed-prune-interval:PT10M}", initialDelay = 60_000)
    void pruneOldRows() {
        try {
            prune(jdbc.queryForObject("select now()", Timestamp.class).toInstant());
        } catch (RuntimeException e) {
            log.warn("Search feed prune failed: {}", e.toString());
        }
    }

    /**
     * Deletes the rows created before {@code now} minus the retention that every node seen within the retention has
     * applied; returns how many were deleted. A node not seen for longer no longer holds rows back: it rebuilds when
     * it comes back.
     */
    int prune(Instant now) {
        Timestamp horizon = Timestamp.from(now.minus(retention));
        Integer deleted = transaction.execute(status -> {
            Long oldEnough = jdbc.queryForObject("select max(seq) from search_change where created_at < ?",
                    Long.class, horizon);
            if (oldEnough == null) {
                return 0;
            }
            Long slowest = jdbc.queryForObject("select min(last_seq) from search_node_cursor where updated_at >= ?",
                    Long.class, horizon);
            long through = slowest == null ? oldEnough : Math.min(oldEnough, slowest);
            int rows = jdbc.update("delete from search_change where seq <= ?", through);
            jdbc.update("update search_change_pruned set through_seq = greatest(through_seq, ?) where id = 1",
                    through);
            return rows;
        });
        if (deleted != null && deleted > 0) {
            log.info("Search feed: pruned {} rows", deleted);
        }
        return deleted == null ? 0 : deleted;
    }

    /** The feed's last sequence number (kept after its rows are pruned). */
    long headSeq() {
        Long head = jdbc.queryForObject("""
                select greatest(coalesce((select max(seq) from search_change), 0),
                    (select through_seq from search_change_pruned where id = 1))""", Long.class);
        return head == null ? 0 : head;
    }

    long appliedSeq() {
        return applied;
    }

    private long prunedThrough() {
        Long through = jdbc.queryForObject("select through_seq from search_change_pruned where id = 1", Long.class);
        return through == null ? 0 : through;
    }

    private @Nullable Long storedCursor() {
        List<Long> cursor = jdbc.queryForList("select last_seq from search_node_cursor where node_id = ?", Long.class,
                nodeId);
        return cursor.isEmpty() ? null : cursor.getFirst();
    }

    /** Rows this node has still to apply, and the age of the oldest of them (0 when none). */
    Lag lag() {
        long cursor = Math.max(applied, 0);
        long head = headSeq();
        Double seconds = jdbc.queryForObject("""
                select coalesce(extract(epoch from now() - min(created_at)), 0) from search_change where seq > ?""",
                Double.class, cursor);
        return new Lag(head, cursor, Math.max(0, head - cursor), seconds == null ? 0 : seconds);
    }

    @Override
    public void destroy() throws InterruptedException {
        running = false;
        poller.shutdown();
        poller.awaitTermination(10, TimeUnit.SECONDS);
    }
}
