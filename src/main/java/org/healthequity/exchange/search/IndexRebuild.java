package org.healthequity.exchange.search;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.apache.lucene.index.IndexWriter;
import org.jspecify.annotations.Nullable;

/**
 * The rebuild of the index from the database, one at a time on a thread of its own: the sources stream into a fresh
 * generation while the other cores analyse, the items changed meanwhile are noted to be read again before the swap,
 * and the progress is kept for the administration page. The {@link SearchIndex} opens the fresh generation and swaps
 * it in.
 */
final class IndexRebuild {

    private static final int INDEXING_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

    /** Why a rebuild runs; the administration page names it. */
    enum Reason {
        /** The index was missing, of another schema or failing its check at start-up. */
        MISSING,
        /** The index differs from the database, or this node missed changes the feed no longer holds. */
        BEHIND,
        /** The index folder was deleted or its files changed while the portal ran. */
        DAMAGED,
        /** An administrator asked for it. */
        REQUESTED
    }

    /** What the administration page shows of a running or finished rebuild. */
    record Progress(boolean running, long done, long total, @Nullable Instant finishedAt,
            @Nullable String error, @Nullable Reason reason) {
    }

    private final List<SearchSource> sources;
    private final SearchFacets facets;
    private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "search-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final Set<String> changedMeanwhile = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private volatile boolean stopping;
    private volatile @Nullable Future<?> task;
    private volatile @Nullable Instant finishedAt;
    private volatile @Nullable String error;
    private volatile @Nullable Reason reason;

    IndexRebuild(List<SearchSource> sources, SearchFacets facets) {
        this.sources = sources;
        this.facets = facets;
    }

    /** Runs {@code work} in the background unless a rebuild is running or stopping; returns whether it started. */
    boolean start(Reason why, Runnable work) {
        synchronized (this) {
            if (running || stopping) {
                return false;
            }
            running = true;
            reason = why;
            error = null;
            done.set(0);
            total.set(sources.stream().mapToLong(SearchSource::count).sum());
        }
        task = rebuilder.submit(work);
        return true;
    }

    boolean running() {
        return running;
    }

    boolean stopping() {
        return stopping;
    }

    /** Whether a rebuild has ever ended on this node, done or failed. */
    boolean hasEnded() {
        return finishedAt != null || error != null;
    }

    /** Notes an item written while the rebuild runs: it is read again into the new generation before the swap. */
    void changedMeanwhile(String key) {
        changedMeanwhile.add(key);
    }

    /** Hands each item changed meanwhile to {@code reread}, then forgets them (called with writes held off). */
    void rereadChanged(Consumer<String> reread) {
        changedMeanwhile.forEach(reread);
        changedMeanwhile.clear();
    }

    /**
     * Streams every source into {@code writer}: the source reads the database on this thread, analysis runs on the
     * other cores meanwhile. Stops when the index is closing or a document fails.
     */
    void fill(IndexWriter writer) {
        ExecutorService workers = Executors.newFixedThreadPool(INDEXING_THREADS);
        Semaphore inFlight = new Semaphore(INDEXING_THREADS * 64);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try {
            for (SearchSource source : sources) {
                source.forEach(item -> {
                    if (stopping || failure.get() != null) {
                        throw new CancellationException("rebuild stopped");
                    }
                    inFlight.acquireUninterruptibly();
                    workers.execute(() -> {
                        try {
                            writer.addDocuments(List.of(facets.config().build(Documents.toLucene(item, facets))));
                            done.incrementAndGet();
                        } catch (IOException | RuntimeException e) {
                            failure.compareAndSet(null, e);
                        } finally {
                            inFlight.release();
                        }
                    });
                });
            }
        } finally {
            workers.shutdown();
            try {
                workers.awaitTermination(1, TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException("Indexing failed", failure.get());
        }
    }

    /** The new generation is in place: writes go to it alone from now on. */
    void swapped() {
        running = false;
    }

    void finished(Instant at) {
        finishedAt = at;
    }

    void failed(Exception e) {
        error = e.getClass().getSimpleName() + ": " + e.getMessage();
        running = false;
    }

    long done() {
        return done.get();
    }

    Progress progress() {
        return new Progress(running, done.get(), total.get(), finishedAt, error, reason);
    }

    /** Waits for a running rebuild to finish (tests and the benchmark). */
    void await(long timeoutSeconds) throws InterruptedException {
        Future<?> running = task;
        if (running == null) {
            return;
        }
        try {
            running.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Search index rebuild did not finish", e);
        }
    }

    /** A running rebuild stops at its next document; none starts any more. */
    void stop() throws InterruptedException {
        stopping = true;
        rebuilder.shutdown();
        rebuilder.awaitTermination(60, TimeUnit.SECONDS);
    }
}
