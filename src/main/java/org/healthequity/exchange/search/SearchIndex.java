package org.healthequity.exchange.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The one owner of the search index: its directory, writer, searcher manager and near-real-time reopen thread.
 * <ul>
 * <li>The index lives in a generation folder under {@code <data-dir>/search}; a small file names the current one.</li>
 * <li>At start-up an index that is missing, of another schema version or failing {@link CheckIndex} is rebuilt from the
 * database; a rebuild writes a new generation beside the current one, replays the changes made meanwhile, and swaps,
 * so search keeps answering throughout.</li>
 * <li>Changes become searchable within a tenth of a second; commits run on a schedule and at shutdown.</li>
 * </ul>
 */
@Component
class SearchIndex implements DisposableBean {

    /** Raise when the document layout changes: the index is then rebuilt at the next start. */
    static final String SCHEMA_VERSION = "2";
    static final String SCHEMA_KEY = "schema";
    private static final double MAX_STALE_SEC = 0.1;
    private static final double MIN_STALE_SEC = 0.01;
    private static final int INDEXING_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    /** One open generation of the index. */
    private record Generation(String name, Directory directory, IndexWriter writer, SearcherManager searchers,
            ControlledRealTimeReopenThread<IndexSearcher> reopener, AtomicLong lastWrite) {

        void close() throws IOException {
            reopener.close();
            searchers.maybeRefreshBlocking();
            searchers.close();
            writer.close();
            directory.close();
        }
    }

    /** What the administration page shows of a running or finished rebuild. */
    record RebuildProgress(boolean running, long done, long total, @Nullable Instant finishedAt,
            @Nullable String error) {
    }

    private final Path root;
    private final IndexFolders folders;
    private final Analyzers analyzers;
    private final List<SearchSource> sources;
    private final Clock clock;
    private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();
    private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "search-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong rebuildDone = new AtomicLong();
    private final AtomicLong rebuildTotal = new AtomicLong();
    private final Set<String> changedDuringRebuild = ConcurrentHashMap.newKeySet();
    private volatile boolean rebuilding;
    private volatile boolean closing;
    private volatile java.util.concurrent.@Nullable Future<?> rebuildTask;
    private volatile @Nullable Instant rebuildFinishedAt;
    private volatile @Nullable String rebuildError;
    private volatile @Nullable Instant lastCommit;
    private volatile Generation current;
    private final boolean rebuildAtStart;

    SearchIndex(ExchangeProperties properties, Analyzers analyzers, List<SearchSource> sources, Clock clock)
            throws IOException {
        this.root = properties.dataDir().resolve("search").toAbsolutePath();
        this.folders = new IndexFolders(root);
        this.analyzers = analyzers;
        this.sources = sources;
        this.clock = clock;
        Files.createDirectories(root);
        Optional<String> usable = folders.usableGeneration();
        rebuildAtStart = usable.isEmpty();
        if (usable.isPresent()) {
            current = open(usable.get());
        } else {
            // Answer (with nothing) at once; a new generation is filled from the database once the portal is up.
            current = open(folders.newGenerationName());
            folders.writePointer(current.name());
        }
    }

    /**
     * Once the portal is up (migrations applied, demo data seeded), rebuilds an index that was unusable or that does
     * not hold what the database says it should.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void checkAgainstDatabase() throws IOException {
        long indexed = documentCount();
        long expected = expectedCount();
        if (rebuildAtStart || indexed != expected) {
            log.info("Search index holds {} documents, the database {}: rebuilding", indexed, expected);
            startRebuild();
        }
    }

    /** Runs a search on the current generation; the searcher is always released. */
    <T> T search(SearcherTask<T> task) throws IOException {
        swap.readLock().lock();
        try {
            SearcherManager searchers = current.searchers();
            IndexSearcher searcher = searchers.acquire();
            try {
                return task.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } finally {
            swap.readLock().unlock();
        }
    }

    @FunctionalInterface
    interface SearcherTask<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    /** Indexes the item as it now is, or removes it; searchable within a tenth of a second. */
    void update(String type, long contentId) {
        SearchSource source = source(type);
        String key = SearchDocument.key(type, contentId);
        Optional<SearchDocument> item = source.find(contentId);
        swap.readLock().lock();
        try {
            Generation target = current;
            target.lastWrite().accumulateAndGet(write(target.writer(), key, item), Math::max);
            if (rebuilding) {
                changedDuringRebuild.add(key);
            }
        } finally {
            swap.readLock().unlock();
        }
    }

    /** Waits until everything written so far is searchable (tests and the benchmark use it). */
    void awaitSearchable() throws InterruptedException {
        Generation target = current;
        target.reopener().waitForGeneration(target.lastWrite().get(), 10_000);
    }

    private static long write(IndexWriter writer, String key, Optional<SearchDocument> item) {
        try {
            return item.isPresent()
                    ? writer.updateDocuments(new Term(Documents.KEY, key),
                            List.of(Documents.FACETS.build(Documents.toLucene(item.get()))))
                    : writer.deleteDocuments(new Term(Documents.KEY, key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a rebuild in the background unless one is running; returns whether it started. */
    boolean startRebuild() {
        synchronized (this) {
            if (rebuilding) {
                return false;
            }
            rebuilding = true;
            rebuildError = null;
            rebuildDone.set(0);
            rebuildTotal.set(sources.stream().mapToLong(SearchSource::count).sum());
        }
        rebuildTask = rebuilder.submit(this::rebuild);
        return true;
    }

    /**
     * Whether the index is still being filled after it was found missing or unusable at start-up: it then answers
     * (almost) nothing, so the node is not ready for traffic (a rebuild beside a usable index does not count).
     */
    boolean fillingFromNothing() {
        return rebuildAtStart && rebuildFinishedAt == null && rebuildError == null;
    }

    RebuildProgress progress() {
        return new RebuildProgress(rebuilding, rebuildDone.get(), rebuildTotal.get(), rebuildFinishedAt,
                rebuildError);
    }

    /** Waits for a running rebuild to finish (tests and the benchmark). */
    void awaitRebuild(long timeoutSeconds) throws InterruptedException {
        java.util.concurrent.Future<?> task = rebuildTask;
        if (task == null) {
            return;
        }
        try {
            task.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Search index rebuild did not finish", e);
        }
    }

    private void rebuild() {
        String name = folders.newGenerationName();
        Generation fresh = null;
        try {
            fresh = open(name);
            changedDuringRebuild.clear();
            IndexWriter writer = fresh.writer();
            // The source streams from the database on this thread; analysis runs on the other cores meanwhile.
            ExecutorService workers = Executors.newFixedThreadPool(INDEXING_THREADS);
            java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(INDEXING_THREADS * 64);
            java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic
                    .AtomicReference<>();
            try {
                for (SearchSource source : sources) {
                    source.forEach(item -> {
                        if (closing || failure.get() != null) {
                            throw new java.util.concurrent.CancellationException("rebuild stopped");
                        }
                        inFlight.acquireUninterruptibly();
                        workers.execute(() -> {
                            try {
                                writer.addDocuments(List.of(Documents.FACETS.build(Documents.toLucene(item))));
                                rebuildDone.incrementAndGet();
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
            commit(writer);
            Generation old;
            swap.writeLock().lock();
            try {
                // What changed while the bulk load ran is read again, so the new generation misses nothing.
                for (String key : changedDuringRebuild) {
                    int colon = key.lastIndexOf(':');
                    String type = key.substring(0, colon);
                    long id = Long.parseLong(key.substring(colon + 1));
                    fresh.lastWrite().accumulateAndGet(write(writer, key, source(type).find(id)), Math::max);
                }
                commit(writer);
                fresh.searchers().maybeRefreshBlocking();
                old = current;
                current = fresh;
                folders.writePointer(name);
            } finally {
                swap.writeLock().unlock();
            }
            rebuildFinishedAt = clock.instant();
            old.close();
            folders.deleteGeneration(old.name());
            rebuilding = false;
            log.info("Search index rebuilt: {} documents in generation {}", rebuildDone.get(), name);
        } catch (IOException | RuntimeException e) {
            log.error("Search index rebuild failed", e);
            rebuildError = e.getClass().getSimpleName() + ": " + e.getMessage();
            rebuilding = false;
            if (fresh != null && fresh != current) {
                try {
                    fresh.close();
                } catch (IOException closing) {
                    e.addSuppressed(closing);
                }
                folders.deleteGeneration(name);
            }
        }
    }

    /** Documents in the index, and the time of the last commit. */
    long documentCount() throws IOException {
        return search(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    long expectedCount() {
        return sources.stream().mapToLong(SearchSource::count).sum();
    }

    @Nullable
    Instant lastCommit() {
        return lastCommit;
    }

    String generationName() {
        return current.name();
    }

    @Scheduled(fixedDelayString = "${exchange.search.commit-interval:PT1M}")
    void commitPending() {
        swap.readLock().lock();
        try {
            if (current.writer().hasUncommittedChanges()) {
                commit(current.writer());
            }
        } catch (IOException e) {
            log.warn("Search index commit failed", e);
        } finally {
            swap.readLock().unlock();
        }
    }

    private void commit(IndexWriter writer) throws IOException {
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA_VERSION).entrySet());
        writer.commit();
        lastCommit = clock.instant();
    }

    @Override
    public void destroy() throws IOException, InterruptedException {
        // A running rebuild stops at its next document; the index it was writing is discarded.
        closing = true;
        rebuilder.shutdown();
        rebuilder.awaitTermination(60, TimeUnit.SECONDS);
        swap.writeLock().lock();
        try {
            commit(current.writer());
            current.close();
        } finally {
            swap.writeLock().unlock();
        }
    }

    private Generation open(String name) throws IOException {
        Path folder = root.resolve(name);
        Files.createDirectories(folder);
        Directory directory = FSDirectory.open(folder);
        IndexWriterConfig config = new IndexWriterConfig(analyzers.perField());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(128);
        config.setCommitOnClose(true);
        IndexWriter writer = new IndexWriter(directory, config);
        if (!DirectoryReader.indexExists(directory)) {
            commit(writer);
        }
        SearcherManager searchers = new SearcherManager(writer, null);
        ControlledRealTimeReopenThread<IndexSearcher> reopener = new ControlledRealTimeReopenThread<>(writer,
                searchers, MAX_STALE_SEC, MIN_STALE_SEC);
        reopener.setName("search-reopen-" + name);
        reopener.setDaemon(true);
        reopener.start();
        return new Generation(name, directory, writer, searchers, reopener, new AtomicLong());
    }

    private SearchSource source(String type) {
        return sources.stream().filter(s -> s.type().equals(type)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No search source for " + type));
    }

    Analyzers analyzers() {
        return analyzers;
    }
}
