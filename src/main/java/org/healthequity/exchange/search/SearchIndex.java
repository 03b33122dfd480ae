package org.healthequity.exchange.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
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
    static final String SCHEMA_VERSION = "3";
    static final String SCHEMA_KEY = "schema";
    private static final double MAX_STALE_SEC = 0.1;
    private static final double MIN_STALE_SEC = 0.01;
    private static final int INDEXING_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    /** One open generation of the index, with the files of its last commit as they were on disk. */
    private record Generation(String name, Path folder, Directory directory, IndexWriter writer,
            SearcherManager searchers, ControlledRealTimeReopenThread<IndexSearcher> reopener, AtomicLong lastWrite,
            AtomicReference<Map<String, FileStamp>> committed) {

        void close() throws IOException {
            reopener.close();
            searchers.maybeRefreshBlocking();
            searchers.close();
            writer.close();
            directory.close();
        }

        /** Closes what can be closed of a generation whose folder was lost: nothing more is written to it. */
        void abandon() {
            reopener.close();
            try {
                searchers.close();
            } catch (IOException | RuntimeException e) {
                log.debug("Closing the searchers of a lost index", e);
            }
            try {
                writer.rollback();
            } catch (IOException | RuntimeException e) {
                log.debug("Rolling back the writer of a lost index", e);
            }
            try {
                directory.close();
            } catch (IOException | RuntimeException e) {
                log.debug("Closing a lost index folder", e);
            }
        }
    }

    /** A committed index file as it was right after the commit: Lucene never changes a committed file. */
    private record FileStamp(@Nullable Object fileKey, long size, long modifiedMillis) {

        static FileStamp of(Path file) throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime().toMillis());
        }
    }

    /** Why a rebuild runs; the administration page names it. */
    enum RebuildReason {
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
    record RebuildProgress(boolean running, long done, long total, @Nullable Instant finishedAt,
            @Nullable String error, @Nullable RebuildReason reason) {
    }

    private final Path root;
    private final IndexFolders folders;
    private final Analyzers analyzers;
    private final List<SearchSource> sources;
    private final SearchFacets facets;
    private final Clock clock;
    private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();
    /** A commit and the note of its files are one step for the watcher, which must not see one without the other. */
    private final Object commits = new Object();
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
    private volatile @Nullable RebuildReason rebuildReason;
    private volatile Generation current;
    private final boolean rebuildAtStart;

    SearchIndex(ExchangeProperties properties, Analyzers analyzers, List<SearchSource> sources, Clock clock)
            throws IOException {
        this.root = properties.dataDir().resolve("search").toAbsolutePath();
        this.folders = new IndexFolders(root);
        this.analyzers = analyzers;
        this.sources = sources;
        this.facets = new SearchFacets(sources);
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
    void checkAgainstDatabase() throws IOException {
        long indexed = documentCount();
        long expected = expectedCount();
        if (rebuildAtStart || indexed != expected) {
            log.info("Search index holds {} documents, the database {}: rebuilding", indexed, expected);
            startRebuild(rebuildAtStart ? RebuildReason.MISSING : RebuildReason.BEHIND);
        }
    }

    /** Whether the index found at start-up was missing or unusable (it is then rebuilt whatever else holds). */
    boolean unusableAtStart() {
        return rebuildAtStart;
    }

    /** Whether a type of item has a source on this node (a change of an unknown type is skipped). */
    boolean indexes(String type) {
        return sources.stream().anyMatch(s -> s.type().equals(type));
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
            // Noted first: the rebuild reads the item again into the new generation even if this write fails.
            if (rebuilding) {
                changedDuringRebuild.add(key);
            }
            try {
                target.lastWrite().accumulateAndGet(write(target.writer(), key, item), Math::max);
            } catch (UncheckedIOException | org.apache.lucene.store.AlreadyClosedException e) {
                if (!rebuilding) {
                    // The folder under the writer is gone or broken: rebuild, and let the new generation take this
                    // change (a write that fails with no rebuild to take it is an error the feed retries).
                    log.warn("Search index write failed ({}): rebuilding from the database", e.toString());
                    changedDuringRebuild.add(key);
                    if (!startRebuild(RebuildReason.DAMAGED) && !rebuilding) {
                        throw e;
                    }
                }
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

    private long write(IndexWriter writer, String key, Optional<SearchDocument> item) {
        try {
            return item.isPresent()
                    ? writer.updateDocuments(new Term(Documents.KEY, key),
                            List.of(facets.config().build(Documents.toLucene(item.get(), facets))))
                    : writer.deleteDocuments(new Term(Documents.KEY, key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a rebuild asked for by an administrator, unless one is running; returns whether it started. */
    boolean startRebuild() {
        return startRebuild(RebuildReason.REQUESTED);
    }

    /** Starts a rebuild in the background unless one is running; returns whether it started. */
    boolean startRebuild(RebuildReason reason) {
        synchronized (this) {
            if (rebuilding || closing) {
                return false;
            }
            rebuilding = true;
            rebuildReason = reason;
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
                rebuildError, rebuildReason);
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
                                writer.addDocuments(List.of(facets.config().build(Documents.toLucene(item, facets))));
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
                changedDuringRebuild.clear();
                commit(writer);
                stamp(fresh);
                fresh.searchers().maybeRefreshBlocking();
                old = current;
                current = fresh;
                folders.writePointer(name);
                rebuilding = false;
            } finally {
                swap.writeLock().unlock();
            }
            rebuildFinishedAt = clock.instant();
            try {
                old.close();
            } catch (IOException | RuntimeException e) {
                log.warn("The replaced search index could not be closed cleanly ({}): discarded", e.toString());
                old.abandon();
            }
            folders.deleteGeneration(old.name());
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

    /** The folder of the current generation (tests and fault scenarios damage it). */
    Path currentFolder() {
        return current.folder();
    }

    @Scheduled(fixedDelayString = "${exchange.search.commit-interval:PT1M}")
    void commitPending() {
        if (rebuilding) {
            return;
        }
        swap.readLock().lock();
        try {
            Generation target = current;
            synchronized (commits) {
                if (target.writer().hasUncommittedChanges()) {
                    commit(target.writer());
                    stamp(target);
                }
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Search index commit failed ({}): rebuilding from the database", e.toString());
            startRebuild(RebuildReason.DAMAGED);
        } finally {
            swap.readLock().unlock();
        }
    }

    /**
     * The watcher: the folder of the current generation and the files of its last commit must be on disk as they were
     * written (Lucene never changes a committed file). A folder deleted or a file removed, replaced or overwritten
     * starts a rebuild into a fresh folder; searches keep answering from the open reader until the swap. Returns
     * whether the index was found damaged.
     */
    boolean checkFolder() {
        if (rebuilding || closing) {
            return false;
        }
        Generation target = current;
        String damage;
        synchronized (commits) {
            damage = damage(target);
        }
        if (damage == null) {
            return false;
        }
        log.warn("Search index folder {} is damaged ({}): rebuilding from the database", target.folder(), damage);
        startRebuild(RebuildReason.DAMAGED);
        return true;
    }

    private static @Nullable String damage(Generation generation) {
        if (!Files.isDirectory(generation.folder())) {
            return "folder missing";
        }
        for (Map.Entry<String, FileStamp> file : generation.committed().get().entrySet()) {
            Path path = generation.folder().resolve(file.getKey());
            try {
                if (!file.getValue().equals(FileStamp.of(path))) {
                    return file.getKey() + " changed";
                }
            } catch (IOException e) {
                return file.getKey() + " unreadable: " + e.getClass().getSimpleName();
            }
        }
        return null;
    }

    /** Notes the files of the generation's last commit as they are now on disk, for the watcher. */
    private static void stamp(Generation generation) throws IOException {
        Map<String, FileStamp> stamps = new java.util.HashMap<>();
        for (String file : SegmentInfos.readLatestCommit(generation.directory()).files(true)) {
            stamps.put(file, FileStamp.of(generation.folder().resolve(file)));
        }
        generation.committed().set(Map.copyOf(stamps));
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
        } catch (IOException | RuntimeException e) {
            // A lost folder cannot take a last commit; the next start finds it unusable and rebuilds.
            log.warn("Search index could not be committed at shutdown ({})", e.toString());
            current.abandon();
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
        Generation generation = new Generation(name, folder, directory, writer, searchers, reopener, new AtomicLong(),
                new AtomicReference<>(Map.of()));
        stamp(generation);
        return generation;
    }

    private SearchSource source(String type) {
        return sources.stream().filter(s -> s.type().equals(type)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No search source for " + type));
    }

    Analyzers analyzers() {
        return analyzers;
    }

    SearchFacets facets() {
        return facets;
    }
}
