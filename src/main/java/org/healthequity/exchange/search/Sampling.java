package org.healthequity.exchange.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.jspecify.annotations.Nullable;

/**
 * Counting a broad search on a sample. Counting every match exactly (for the total and nine facets) means visiting
 * every one of them, which for a word in most of a large index costs far more than finding the best ten. Beyond
 * {@link #EXACT_UP_TO} estimated matches, the total and the facet counts come from an even sample of the index sized to
 * hold about {@link #SAMPLE_MATCHES} of them, scaled up and rounded, and the page says they are estimates; the top hits
 * are found among all matches, with Lucene skipping documents that cannot enter them.
 */
final class Sampling {

    /** Searches estimated to match up to this many items are counted exactly. */
    static final long EXACT_UP_TO = 10_000;

    /** About how many matches a sample should hold: enough for counts within a few per cent on the larger values. */
    static final long SAMPLE_MATCHES = 3_000;

    /** The fewest blocks of documents a sample holds. */
    static final long MIN_BLOCKS = 100;

    private final SampleQuery sample;
    private final double scale;

    private Sampling(SampleQuery sample, double scale) {
        this.sample = sample;
        this.scale = scale;
    }

    /**
     * A sample of the index expected to hold about {@link #SAMPLE_MATCHES} of {@code estimate} matches, and at least
     * {@link #MIN_BLOCKS} blocks: the estimate of a query over six languages may be several times its real matches,
     * and a sample of few blocks would follow the order in which items were indexed rather than the index.
     */
    static Sampling of(IndexSearcher searcher, long estimate) {
        int maxDoc = searcher.getIndexReader().maxDoc();
        SampleQuery sample = new SampleQuery(stride(estimate, maxDoc));
        return new Sampling(sample, maxDoc / (double) Math.max(1, sample.size(maxDoc)));
    }

    /** Every how many blocks the sample takes one (at least every second). */
    static int stride(long estimate, int maxDoc) {
        long byMatches = Math.min(estimate, maxDoc) / SAMPLE_MATCHES;
        long byBlocks = maxDoc / ((long) SampleQuery.BLOCK * MIN_BLOCKS);
        return (int) Math.clamp(Math.min(byMatches, byBlocks), 2, Integer.MAX_VALUE);
    }

    /**
     * An upper estimate of the matches, from the index's statistics without matching: the documents of the rarest
     * required term, the sum over alternatives ({@link MatchEstimate}). The query is given
     * {@linkplain IndexSearcher#rewrite rewritten}.
     */
    static long estimate(IndexSearcher searcher, Query rewritten) throws IOException {
        try (TermLookups lookups = new TermLookups(searcher)) {
            return MatchEstimate.of(searcher, lookups, rewritten);
        }
    }

    /**
     * The best {@code window} hits of all matches, by score or by the sort. The hits are not counted beyond the window
     * (the sample counts them), so Lucene skips blocks of documents that cannot enter the window from the start.
     */
    static TopDocs topHits(IndexSearcher searcher, Query query, int window, @Nullable Sort sort) throws IOException {
        return sort == null
                ? searcher.search(query, new TopScoreDocCollectorManager(window, window))
                : searcher.search(query, new TopFieldCollectorManager(sort, window, null, window));
    }

    /** The query restricted to the sample. */
    Query restrict(Query query) {
        return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(sample, BooleanClause.Occur.FILTER).build();
    }

    /** A count in the sample, scaled to the whole index. */
    long scale(long sampled) {
        return Math.round(sampled * scale);
    }

    /** Facet counts in the sample, scaled to the whole index; a value seen in the sample counts at least 1. */
    List<SearchResult.FacetCount> scale(List<SearchResult.FacetCount> values) {
        List<SearchResult.FacetCount> scaled = new ArrayList<>(values.size());
        for (SearchResult.FacetCount value : values) {
            scaled.add(new SearchResult.FacetCount(value.value(), Math.max(1, about(scale(value.count()))),
                    scale(value.children())));
        }
        return scaled;
    }

    /** A figure rounded to two significant digits (61,234 → 61,000), as an estimate should be shown. */
    static long about(long figure) {
        if (figure < 100) {
            return figure;
        }
        long unit = 1;
        while (figure / unit >= 100) {
            unit *= 10;
        }
        return Math.round(figure / (double) unit) * unit;
    }
}
