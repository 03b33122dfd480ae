package org.healthequity.exchange.search;

import java.io.IOException;
import java.util.Collection;
import java.util.Set;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.jspecify.annotations.Nullable;

/**
 * The best hits of a broad search ranked by score, with what the viewer may see checked on the hits that compete.
 *
 * <p>A disjunction (a word in every language's fields, a quoted phrase in each language's) is ranked by Lucene's
 * MaxScore scorer, which skips the documents that cannot enter the top before it verifies a phrase's positions. With
 * the viewer's visibility as a filter clause beside it, the search is a conjunction, which Lucene ranks otherwise: at
 * 100,000 items the top hits of "health" took 1.14 ms of CPU with the filter and 0.53 without it, of the quoted phrase
 * 8.6 and 6.5 (docs/performance.md). So when the visibility lets most of the index through (it always holds the public
 * items), such a search is ranked without the filter, and each hit is checked against the visibility before it may
 * enter the top. A hidden item never enters, and the threshold that lets Lucene skip rises with visible hits only, so
 * the top is the one the filtered search finds. A conjunction keeps the filter as one more of its clauses (without it,
 * "housing health" took longer); so do a chosen facet, a sort, and a visibility holding less than half the index.
 */
final class TopHits {

    private final IndexSearcher searcher;
    private final Query query;
    private final @Nullable Weight visible;
    private final @Nullable Sort sort;

    private TopHits(IndexSearcher searcher, Query query, @Nullable Weight visible, @Nullable Sort sort) {
        this.searcher = searcher;
        this.query = query;
        this.visible = visible;
        this.sort = sort;
    }

    /**
     * How a page finds its best hits.
     *
     * @param filtered the search with the viewer's visibility and the facets chosen, rewritten and resolved
     * @param parsed the search as parsed ({@link QueryText}), without either: a quoted phrase alone is one
     *        disjunction of its languages' clauses ({@link QueryText#oneDisjunction})
     * @param chosen whether a facet value is chosen
     * @param visibility what the viewer may see ({@link Documents#visibleTo})
     * @param tokens the viewer's tokens, whose items {@code visibility} lets through
     * @param sort null to rank by score
     */
    static TopHits of(IndexSearcher searcher, TermLookups lookups, Query filtered, Query parsed, boolean chosen,
            Query visibility, Set<String> tokens, @Nullable Sort sort) throws IOException {
        if (sort == null && !chosen) {
            Query ranked = searcher.rewrite(parsed);
            if (checkedOnHits(searcher, lookups, ranked, tokens)) {
                Weight visible = searcher.createWeight(lookups.resolve(searcher.rewrite(visibility)),
                        ScoreMode.COMPLETE_NO_SCORES, 1f);
                return new TopHits(searcher, lookups.resolve(ranked), visible, null);
            }
        }
        return new TopHits(searcher, filtered, null, sort);
    }

    /**
     * The best {@code window} hits, by score or by the sort. They are not counted beyond the window, so Lucene skips
     * blocks of documents that cannot enter it from the start.
     */
    TopDocs best(int window) throws IOException {
        if (visible == null) {
            return Sampling.topHits(searcher, query, window, sort);
        }
        return searcher.search(query, new VisibleOnly(new TopScoreDocCollectorManager(window, window), visible));
    }

    /** Whether the visibility is checked on the hits that compete rather than searched with. */
    boolean checksHits() {
        return visible != null;
    }

    /**
     * For a disjunction, when the viewer's tokens hold at least half the index (their items counted with deleted
     * ones, as an estimate may).
     */
    private static boolean checkedOnHits(IndexSearcher searcher, TermLookups lookups, Query query, Set<String> tokens)
            throws IOException {
        if (!(query instanceof BooleanQuery bool) || bool.getMinimumNumberShouldMatch() > 0
                || bool.clauses().stream().anyMatch(clause -> clause.occur() != BooleanClause.Occur.SHOULD)) {
            return false;
        }
        long visible = 0;
        for (String token : tokens) {
            visible += lookups.documents(new Term(Documents.VISIBILITY, token));
        }
        return visible * 2 >= searcher.getIndexReader().maxDoc();
    }

    /** Top hits kept only where the visibility matches; each slice's collector checks its own segments. */
    private static final class VisibleOnly implements CollectorManager<VisibleOnly.Checked, TopDocs> {

        private final TopScoreDocCollectorManager top;
        private final Weight visible;

        VisibleOnly(TopScoreDocCollectorManager top, Weight visible) {
            this.top = top;
            this.visible = visible;
        }

        @Override
        public Checked newCollector() throws IOException {
            return new Checked(top.newCollector(), visible);
        }

        @Override
        public TopDocs reduce(Collection<Checked> collectors) throws IOException {
            return top.reduce(collectors.stream().map(Checked::top).toList());
        }

        private static final class Checked extends FilterCollector {

            private final TopScoreDocCollector top;
            private final Weight visible;

            Checked(TopScoreDocCollector top, Weight visible) {
                super(top);
                this.top = top;
                this.visible = visible;
            }

            TopScoreDocCollector top() {
                return top;
            }

            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                Scorer scorer = visible.scorer(context);
                if (scorer == null) {
                    throw new CollectionTerminatedException(); // nothing in this segment may be seen
                }
                DocIdSetIterator seen = scorer.iterator();
                return new FilterLeafCollector(super.getLeafCollector(context)) {
                    @Override
                    public void collect(int doc) throws IOException {
                        int at = seen.docID();
                        if (at < doc) {
                            at = seen.advance(doc);
                        }
                        if (at == doc) {
                            super.collect(doc);
                        }
                    }
                };
            }
        }
    }
}
