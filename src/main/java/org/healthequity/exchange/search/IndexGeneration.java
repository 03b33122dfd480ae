package org.healthequity.exchange.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open generation of the index: its folder, directory, writer, searcher manager and near-real-time reopen thread,
 * the schema version its commits carry, and the files of its last commit as they were on disk. Only the
 * {@link SearchIndex} opens, swaps and closes generations.
 */
final class IndexGeneration {

    /** Raise when the document layout changes: the index is then rebuilt at the next start. */
    static final String SCHEMA_VERSION = "4";
    static final String SCHEMA_KEY = "schema";
    private static final double MAX_STALE_SEC = 0.1;
    private static final double MIN_STALE_SEC = 0.01;
    /** The largest segment merges make: a 100,000-item index (600 MB) then keeps several segments, not one. */
    static final double MAX_SEGMENT_MB = 200;

    private static final Logger log = LoggerFactory.getLogger(IndexGeneration.class);

    /** A committed index file as it was right after the commit: Lucene never changes a committed file. */
    private record FileStamp(@Nullable Object fileKey, long size, long modifiedMillis) {

        static FileStamp of(Path file) throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime().toMillis());
        }
    }

    private final String name;
    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ControlledRealTimeReopenThread<IndexSearcher> reopener;
    private final Runnable onCommit;
    private final AtomicLong lastWrite = new AtomicLong();
    private final AtomicReference<Map<String, FileStamp>> committed = new AtomicReference<>(Map.of());

    private IndexGeneration(String name, Path folder, Directory directory, IndexWriter writer,
            SearcherManager searchers, ControlledRealTimeReopenThread<IndexSearcher> reopener, Runnable onCommit) {
        this.name = name;
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.reopener = reopener;
        this.onCommit = onCommit;
    }

    /**
     * Opens (or creates, with a first commit) the generation {@code name} under {@code root}; never wipes an existing
     * index. {@code onCommit} runs after every commit of this generation. It is searchable as written (reopened every
     * tenth of a second) once {@link #live()}; a generation being filled by a rebuild is not: reopened that often, it
     * would flush a small segment each time and spend the rebuild merging them.
     */
    static IndexGeneration open(Path root, String name, Analyzer analyzer, Runnable onCommit) throws IOException {
        Path folder = root.resolve(name);
        Files.createDirectories(folder);
        Directory directory = FSDirectory.open(folder);
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(128);
        // Segments stay small enough for a large index to have several, which SlicedSearchers searches side by side
        // (Lucene's default would merge a 100,000-item index into one segment, searched by one core).
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setMaxMergedSegmentMB(MAX_SEGMENT_MB);
        config.setMergePolicy(merges);
        config.setCommitOnClose(true);
        IndexWriter writer = new IndexWriter(directory, config);
        if (!DirectoryReader.indexExists(directory)) {
            commit(writer, onCommit);
        }
        SearcherManager searchers = new SearcherManager(writer, new SlicedSearchers());
        ControlledRealTimeReopenThread<IndexSearcher> reopener = new ControlledRealTimeReopenThread<>(writer,
                searchers, MAX_STALE_SEC, MIN_STALE_SEC);
        reopener.setName("search-reopen-" + name);
        reopener.setDaemon(true);
        IndexGeneration generation = new IndexGeneration(name, folder, directory, writer, searchers, reopener,
                onCommit);
        generation.stamp();
        return generation;
    }

    /** From now on, what is written becomes searchable within a tenth of a second. */
    IndexGeneration live() {
        synchronized (reopener) {
            if (reopener.getState() == Thread.State.NEW) {
                reopener.start();
            }
        }
        return this;
    }

    String name() {
        return name;
    }

    Path folder() {
        return folder;
    }

    IndexWriter writer() {
        return writer;
    }

    SearcherManager searchers() {
        return searchers;
    }

    /** Notes a write's sequence number, so {@link #awaitSearchable()} waits for it. */
    void wrote(long sequence) {
        lastWrite.accumulateAndGet(sequence, Math::max);
    }

    /** Waits until everything written to this generation so far is searchable. */
    void awaitSearchable() throws InterruptedException {
        reopener.waitForGeneration(lastWrite.get(), 10_000);
    }

    /** Commits with the schema version in the commit's data. */
    void commit() throws IOException {
        commit(writer, onCommit);
    }

    private static void commit(IndexWriter writer, Runnable onCommit) throws IOException {
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA_VERSION).entrySet());
        writer.commit();
        onCommit.run();
    }

    /** Notes the files of the last commit as they are now on disk, for {@link #damage()}. */
    void stamp() throws IOException {
        Map<String, FileStamp> stamps = new HashMap<>();
        for (String file : SegmentInfos.readLatestCommit(directory).files(true)) {
            stamps.put(file, FileStamp.of(folder.resolve(file)));
        }
        committed.set(Map.copyOf(stamps));
    }

    /**
     * What is wrong with the folder, or null: it must exist and the files of the last commit must be on disk as they
     * were written.
     */
    @Nullable
    String damage() {
        if (!Files.isDirectory(folder)) {
            return "folder missing";
        }
        for (Map.Entry<String, FileStamp> file : committed.get().entrySet()) {
            Path path = folder.resolve(file.getKey());
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

    /** Closes in order: stop refreshing, refresh once more, close the searchers, the writer and the directory. */
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
