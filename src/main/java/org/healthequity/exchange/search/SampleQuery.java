package org.healthequity.exchange.search;

import java.io.IOException;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * A fixed sample of the index: every {@code stride}-th block of {@link #BLOCK} consecutive documents, counted over the
 * whole index (not per segment), so that the sample is spread evenly over old and new items and every type. As a filter
 * beside a broad query it leads the matching: the query's own work (positions of a phrase, the facets' doc values) is
 * done only for documents in the sample.
 */
final class SampleQuery extends Query {

    static final int BLOCK = 64;

    private final int stride;

    SampleQuery(int stride) {
        if (stride < 1) {
            throw new IllegalArgumentException("stride " + stride);
        }
        this.stride = stride;
    }

    /** How many of the first {@code maxDoc} documents the sample holds. */
    long size(int maxDoc) {
        long blocks = (maxDoc + BLOCK - 1L) / BLOCK;
        long sampledBlocks = (blocks + stride - 1) / stride;
        long lastSampledBlock = (sampledBlocks - 1) * stride;
        long inLast = Math.min(BLOCK, maxDoc - lastSampledBlock * BLOCK);
        return sampledBlocks == 0 ? 0 : (sampledBlocks - 1) * BLOCK + inLast;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                DocIdSetIterator sampled = new Sampled(context.docBase, context.reader().maxDoc(), stride);
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, sampled));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return true;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "sample(1/" + stride + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && ((SampleQuery) other).stride == stride;
    }

    @Override
    public int hashCode() {
        return classHash() * 31 + stride;
    }

    /** The documents of one segment that fall in sampled blocks of the whole index. */
    private static final class Sampled extends DocIdSetIterator {

        private final int docBase;
        private final int maxDoc;
        private final int stride;
        private int doc = -1;

        Sampled(int docBase, int maxDoc, int stride) {
            this.docBase = docBase;
            this.maxDoc = maxDoc;
            this.stride = stride;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            if (target >= maxDoc) {
                return doc = NO_MORE_DOCS;
            }
            long global = (long) docBase + target;
            long block = global / BLOCK;
            if (block % stride != 0) {
                long next = (block / stride + 1) * stride * BLOCK - docBase;
                if (next >= maxDoc) {
                    return doc = NO_MORE_DOCS;
                }
                return doc = (int) next;
            }
            return doc = target;
        }

        @Override
        public long cost() {
            return maxDoc / stride + BLOCK;
        }
    }
}
