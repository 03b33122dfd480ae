package org.healthequity.exchange.search;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * Searchers that search a large index's segments on all cores at once: the index is cut into one slice of whole
 * segments per core, so one person's search of a broad word takes the time of half the index on two cores. A small
 * index (below {@link #MIN_SLICE_DOCS} documents a slice) stays one slice, searched on the caller's thread alone. Under
 * many searches at once the cores are busy anyway and the slices queue; none waits longer than searching alone.
 */
final class SlicedSearchers extends SearcherFactory {

    /** A slice smaller than this is not worth a second thread. */
    static final int MIN_SLICE_DOCS = 20_000;

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    /** Shared by every generation of every index of this process; its threads end with it. */
    private static final ExecutorService SLICES = Executors.newFixedThreadPool(Math.max(1, CORES - 1), runnable -> {
        Thread thread = new Thread(runnable, "search-slice-" + Slices.NEXT.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
        return CORES < 2 ? new IndexSearcher(reader) : new Slices(reader);
    }

    /** A searcher whose slices hold about the index's documents divided by the cores, in whole segments. */
    private static final class Slices extends IndexSearcher {

        private static final AtomicInteger NEXT = new AtomicInteger();

        Slices(IndexReader reader) {
            super(reader, SLICES);
        }

        @Override
        protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
            long documents = leaves.stream().mapToLong(leaf -> leaf.reader().maxDoc()).sum();
            int perSlice = (int) Math.max(MIN_SLICE_DOCS, documents / CORES + 1);
            return slices(leaves, perSlice, Integer.MAX_VALUE, false);
        }
    }
}
