package org.healthequity.exchange.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.healthequity.exchange.search.IndexRebuild.Reason;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The one owner of the search index: it opens, swaps and closes its {@link IndexGeneration}s (directory, writer,
 * searcher manager and near-real-time reopen thread), writes and searches the current one, and runs the
 * {@link IndexRebuild}.
 * <ul>
 * <li>The index lives in a generation folder under {@code <data-dir>/search}; a small file names the current one.</li>
 * <li>At start-up an index that is missing, of another schema version or failing its check is rebuilt from the
 * database; a rebuild writes a new generation beside the current one, replays the changes made meanwhile, and swaps,
 * so search keeps answering throughout.</li>
 * <li>Changes become searchable within a tenth of a second; commits run on a schedule and at shutdown.</li>
 * </ul>
 */
@Component
class SearchIndex implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final Path root;
    private final IndexFolders folders;
    private final Analyzers analyzers;
    private final List<SearchSource> sources;
    private final SearchFacets facets;
    private final Clock clock;
    private final IndexRebuild rebuild;
    private final StaleCheck staleCheck;
    private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();
    /** A commit and the note of its files are one step for the watcher, which must not see one without the other. */
    private final Object commits = new Object();
    private volatile @Nullable Instant lastCommit;
    private volatile IndexGeneration current;
    private final boolean rebuildAtStart;

    SearchIndex(ExchangeProperties properties, Analyzers analyzers, List<SearchSource> sources, Clock clock)
            throws IOException {
        this.root = properties.dataDir().resolve("search").toAbsolutePath();
        this.folders = new IndexFolders(root);
        this.analyzers = analyzers;
        this.sources = sources;
        this.facets = new SearchFacets(sources);
        this.clock = clock;
        this.rebuild = new IndexRebuild(sources, facets);
        this.staleCheck = new StaleCheck(sources, clock);
        Files.createDirectories(root);
        Optional<String> usable = folders.usableGeneration();
        rebuildAtStart = usable.isEmpty();
        if (usable.isPresent()) {
            current = open(usable.get()).live();
        } else {
            // Answer (with nothing) at once; a new generation is filled from the database once the portal is up.
            current = open(folders.newGenerationName()).live();
            folders.writePointer(current.name());
        }
    }

    /**
     * Once the portal is up (migrations applied, demo data seeded), rebuilds an index that was unusable or that lacks
     * much of what the database says it should hold, and otherwise checks every document for staleness in the
     * background (a changed item is found by its hash, not only a changed count).
     */
    void checkAgainstDatabase() throws IOException {
        long indexed = documentCount();
        long expected = expectedCount();
        if (rebuildAtStart || Math.abs(indexed - expected) > Math.max(100, expected / 10)) {
            log.info("Search index holds {} documents, the database {}: rebuilding", indexed, expected);
            startRebuild(rebuildAtStart ? Reason.MISSING : Reason.BEHIND);
        } else {
            startStaleCheck();
        }
    }

    /**
     * Starts the check for stale documents in the background (see {@link StaleCheck}), unless it or a rebuild is
     * running; returns whether it started.
     */
    boolean startStaleCheck() {
        return !rebuild.running() && staleCheck.start(this);
    }

    /** The nightly check for stale documents: what no event reported (a row changed by hand) is found and fixed. */
    @Scheduled(cron = "${exchange.search.stale-check-cron:0 30 3 * * *}")
    void checkForStaleDocuments() {
        startStaleCheck();
    }

    boolean staleCheckRunning() {
        return staleCheck.running();
    }

    StaleCheck.@Nullable Result lastStaleCheck() {
        return staleCheck.last();
    }

    @Nullable
    String staleCheckError() {
        return staleCheck.error();
    }

    /** Waits for a running check for stale documents to finish (tests). */
    void awaitStaleCheck(long timeoutSeconds) throws InterruptedException {
        staleCheck.await(timeoutSeconds);
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
        List<SearchDocument> item = source.variants(contentId);
        swap.readLock().lock();
        try {
            IndexGeneration target = current;
            // Noted first: the rebuild reads the item again into the new generation even if this write fails.
            if (rebuild.running()) {
                rebuild.changedMeanwhile(key);
            }
            try {
                target.wrote(write(target.writer(), key, item));
            } catch (UncheckedIOException | AlreadyClosedException e) {
                if (!rebuild.running()) {
                    // The folder under the writer is gone or broken: rebuild, and let the new generation take this
                    // change (a write that fails with no rebuild to take it is an error the feed retries).
                    log.warn("Search index write failed ({}): rebuilding from the database", e.toString());
                    rebuild.changedMeanwhile(key);
                    if (!startRebuild(Reason.DAMAGED) && !rebuild.running()) {
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
        current.awaitSearchable();
    }

    /** Replaces every document of the item (all its variants) with these; none deletes them. */
    private long write(IndexWriter writer, String key, List<SearchDocument> item) {
        try {
            List<Document> documents = new ArrayList<>(item.size());
            for (SearchDocument variant : item) {
                documents.add(facets.config().build(Documents.toLucene(variant, facets)));
            }
            return item.isEmpty() ? writer.deleteDocuments(new Term(Documents.KEY, key))
                    : writer.updateDocuments(new Term(Documents.KEY, key), documents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a rebuild asked for by an administrator, unless one is running; returns whether it started. */
    boolean startRebuild() {
        return startRebuild(Reason.REQUESTED);
    }

    /** Starts a rebuild in the background unless one is running; returns whether it started. */
    boolean startRebuild(Reason reason) {
        return rebuild.start(reason, this::rebuild);
    }

    /**
     * Whether the index is still being filled after it was found missing or unusable at start-up: it then answers
     * (almost) nothing, so the node is not ready for traffic (a rebuild beside a usable index does not count).
     */
    boolean fillingFromNothing() {
        return rebuildAtStart && !rebuild.hasEnded();
    }

    IndexRebuild.Progress progress() {
        return rebuild.progress();
    }

    /** Waits for a running rebuild to finish (tests and the benchmark). */
    void awaitRebuild(long timeoutSeconds) throws InterruptedException {
        rebuild.await(timeoutSeconds);
    }

    /** Fills a new generation from the database, then swaps it in for the current one and deletes the old one. */
    private void rebuild() {
        String name = folders.newGenerationName();
        IndexGeneration fresh = null;
        try {
            fresh = open(name);
            IndexWriter writer = fresh.writer();
            rebuild.fill(writer);
            fresh.commit();
            IndexGeneration old;
            swap.writeLock().lock();
            try {
                // What changed while the bulk load ran is read again, so the new generation misses nothing.
                IndexGeneration filled = fresh;
                rebuild.rereadChanged(key -> {
                    int colon = key.lastIndexOf(':');
                    String type = key.substring(0, colon);
                    long id = Long.parseLong(key.substring(colon + 1));
                    filled.wrote(write(writer, key, source(type).variants(id)));
                });
                fresh.commit();
                fresh.stamp();
                fresh.searchers().maybeRefreshBlocking();
                old = current;
                current = fresh.live();
                folders.writePointer(name);
                rebuild.swapped();
            } finally {
                swap.writeLock().unlock();
            }
            rebuild.finished(clock.instant());
            try {
                old.close();
            } catch (IOException | RuntimeException e) {
                log.warn("The replaced search index could not be closed cleanly ({}): discarded", e.toString());
                old.abandon();
            }
            folders.deleteGeneration(old.name());
            log.info("Search index rebuilt: {} documents in generation {}", rebuild.done(), name);
        } catch (IOException | RuntimeException e) {
            log.error("Search index rebuild failed", e);
            rebuild.failed(e);
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
        if (rebuild.running()) {
            return;
        }
        swap.readLock().lock();
        try {
            IndexGeneration target = current;
            synchronized (commits) {
                if (target.writer().hasUncommittedChanges()) {
                    target.commit();
                    target.stamp();
                }
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Search index commit failed ({}): rebuilding from the database", e.toString());
            startRebuild(Reason.DAMAGED);
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
        if (rebuild.running() || rebuild.stopping()) {
            return false;
        }
        IndexGeneration target = current;
        String damage;
        synchronized (commits) {
            damage = target.damage();
        }
        if (damage == null) {
            return false;
        }
        log.warn("Search index folder {} is damaged ({}): rebuilding from the database", target.folder(), damage);
        startRebuild(Reason.DAMAGED);
        return true;
    }

    @Override
    public void destroy() throws IOException, InterruptedException {
        // A running rebuild stops at its next document; the index it was writing is discarded.
        rebuild.stop();
        staleCheck.stop();
        swap.writeLock().lock();
        try {
            current.commit();
            current.close();
        } catch (IOException | RuntimeException e) {
            // A lost folder cannot take a last commit; the next start finds it unusable and rebuilds.
            log.warn("Search index could not be committed at shutdown ({})", e.toString());
            current.abandon();
        } finally {
            swap.writeLock().unlock();
        }
    }

    private IndexGeneration open(String name) throws IOException {
        return IndexGeneration.open(root, name, analyzers.perField(), () -> lastCommit = clock.instant());
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
