package org.healthequity.exchange.search;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The check for stale documents: every item the sources read from the database is compared by its content hash with
 * what the index holds, so a changed item is found even when no count changed (an edit whose event was lost, an item
 * that became public when its opening time passed, a row changed by hand). Every difference is fixed by indexing the
 * item again as the database now has it, through the index's ordinary update, which is always right whatever else
 * changed meanwhile. Documents of items the database no longer has are removed the same way.
 */
final class StaleCheck {

    private static final Logger log = LoggerFactory.getLogger(StaleCheck.class);

    /** What the last check found and fixed, for the administration page. */
    record Result(Instant finishedAt, long checked, long fixed, Map<String, Long> fixedByType) {
    }

    private final List<SearchSource> sources;
    private final Clock clock;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "search-stale-check");
        thread.setDaemon(true);
        return thread;
    });
    private static final int EXAMPLES = 10;

    private final AtomicBoolean running = new AtomicBoolean();
    /** The first items fixed by the running check, named in the log so that a module's missed event can be traced. */
    private final List<String> examples = new ArrayList<>();
    private volatile @Nullable Future<?> task;
    private volatile @Nullable Result last;
    private volatile @Nullable String error;

    StaleCheck(List<SearchSource> sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    /** Starts a check in the background unless one is running; returns whether it started. */
    boolean start(SearchIndex target) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        task = checker.submit(() -> {
            try {
                run(target);
                error = null;
            } catch (IOException | RuntimeException e) {
                log.warn("Search index check for stale documents failed ({})", e.toString());
                error = e.toString();
            } finally {
                running.set(false);
            }
        });
        return true;
    }

    /** Checks every item and fixes the stale ones, on the calling thread. */
    Result run(SearchIndex target) throws IOException {
        Map<String, Set<String>> indexed = target.search(StaleCheck::hashesInIndex);
        Map<String, Set<String>> current = new HashMap<>();
        Set<String> typesRead = new TreeSet<>();
        for (SearchSource source : sources) {
            typesRead.add(source.type());
            source.forEach(document -> current.computeIfAbsent(document.key(), k -> new TreeSet<>())
                    .add(document.contentHash()));
        }
        Map<String, Long> fixedByType = new TreeMap<>();
        examples.clear();
        long fixed = 0;
        for (Map.Entry<String, Set<String>> item : current.entrySet()) {
            if (!item.getValue().equals(indexed.remove(item.getKey()))) {
                fixed += fix(target, item.getKey(), fixedByType);
            }
        }
        // What is left in the index is no longer in the database (or of a type this node no longer indexes).
        for (String key : indexed.keySet()) {
            String type = type(key);
            if (typesRead.contains(type)) {
                fixed += fix(target, key, fixedByType);
            }
        }
        if (fixed > 0) {
            // The check is over when what it fixed can be found: the page then shows counts that agree with it.
            awaitSearchable(target);
        }
        Result result = new Result(clock.instant(), current.size(), fixed, Map.copyOf(fixedByType));
        last = result;
        if (fixed > 0) {
            log.info("Search index check: {} of {} items were stale and are indexed again ({}; first: {})", fixed,
                    current.size(), fixedByType, examples);
        }
        return result;
    }

    private long fix(SearchIndex target, String key, Map<String, Long> fixedByType) {
        String type = type(key);
        if (examples.size() < EXAMPLES) {
            examples.add(key);
        }
        target.update(type, Long.parseLong(key.substring(key.lastIndexOf(':') + 1)));
        fixedByType.merge(type, 1L, Long::sum);
        return 1;
    }

    private static void awaitSearchable(SearchIndex target) {
        try {
            target.awaitSearchable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String type(String key) {
        return key.substring(0, key.lastIndexOf(':'));
    }

    /** Every live document's item key with the hashes of its documents (one per variant). */
    private static Map<String, Set<String>> hashesInIndex(IndexSearcher searcher) throws IOException {
        Map<String, Set<String>> hashes = new HashMap<>();
        Set<String> fields = Set.of(Documents.KEY, Documents.CONTENT_HASH);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            LeafReader reader = leaf.reader();
            Bits live = reader.getLiveDocs();
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    Document document = stored.document(doc, fields);
                    String key = document.get(Documents.KEY);
                    String hash = document.get(Documents.CONTENT_HASH);
                    if (key != null) {
                        hashes.computeIfAbsent(key, k -> new TreeSet<>()).add(hash == null ? "" : hash);
                    }
                }
            }
        }
        return hashes;
    }

    boolean running() {
        return running.get();
    }

    @Nullable
    Result last() {
        return last;
    }

    @Nullable
    String error() {
        return error;
    }

    void stop() throws InterruptedException {
        checker.shutdownNow();
        checker.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** Waits for a running check to finish (tests). */
    void await(long timeoutSeconds) throws InterruptedException {
        Future<?> running = task;
        if (running != null) {
            try {
                running.get(timeoutSeconds, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException | CancellationException e) {
                // the check records its own failure; a timeout leaves it running
            }
        }
    }
}
