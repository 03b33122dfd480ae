package org.healthequity.exchange.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.codecs.BlockTermState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.IOSupplier;

/**
 * How many items a query matches at most, read from the statistics of its words as a page's {@link TermLookups} found
 * them, before any search: a page chooses from it between counting exactly and counting on a sample ({@link Sampling}).
 */
final class MatchEstimate {

    private final IndexSearcher searcher;
    private final TermLookups lookups;
    /** Queries of kinds this estimate does not know, with their weight for Lucene's own estimate. */
    private final Map<Query, Weight> others = new HashMap<>();

    private MatchEstimate(IndexSearcher searcher, TermLookups lookups) {
        this.searcher = searcher;
        this.lookups = lookups;
    }

    /**
     * An upper estimate of the matches of a {@linkplain IndexSearcher#rewrite rewritten} query, summed over the
     * segments: a term's documents, a phrase's rarest word, a conjunction's rarest clause, a disjunction's sum. It is
     * the cost Lucene gives the scorers it would build ({@link ScorerSupplier#cost()}), read from the statistics of the
     * words looked up already, without building a scorer for each clause in each segment (a phrase's scorer opens the
     * positions of each of its words in each of the six languages' fields: a sixth of the phrase's page). A query of
     * another kind is given Lucene's own estimate.
     */
    static long of(IndexSearcher searcher, TermLookups lookups, Query rewritten) throws IOException {
        return new MatchEstimate(searcher, lookups).estimate(rewritten);
    }

    private long estimate(Query rewritten) throws IOException {
        long total = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            total += cost(rewritten, leaf);
        }
        return total;
    }

    private long cost(Query query, LeafReaderContext leaf) throws IOException {
        return switch (query) {
            case TermQuery term -> inSegment(term.getTermStates() != null
                    && term.getTermStates().wasBuiltFor(searcher.getTopReaderContext()) ? term.getTermStates()
                    : lookups.lookUp(term.getTerm()), term.getTerm(), leaf);
            case PhraseQuery phrase when phrase.getTerms().length > 0 -> {
                long rarest = Long.MAX_VALUE;
                for (Term term : phrase.getTerms()) {
                    rarest = Math.min(rarest, inSegment(lookups.lookUp(term), term, leaf));
                }
                yield rarest;
            }
            case SynonymQuery synonyms -> {
                long sum = 0;
                for (Term term : synonyms.getTerms()) {
                    sum += inSegment(lookups.lookUp(term), term, leaf);
                }
                yield sum;
            }
            case BooleanQuery bool -> cost(bool, leaf);
            case DisjunctionMaxQuery max -> {
                long sum = 0;
                for (Query disjunct : max.getDisjuncts()) {
                    sum += cost(disjunct, leaf);
                }
                yield sum;
            }
            case BoostQuery boost -> cost(boost.getQuery(), leaf);
            case ConstantScoreQuery constant -> cost(constant.getQuery(), leaf);
            case MatchAllDocsQuery all -> leaf.reader().maxDoc();
            case MatchNoDocsQuery none -> 0;
            default -> {
                Weight weight = others.get(query);
                if (weight == null) {
                    weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
                    others.put(query, weight);
                }
                ScorerSupplier supplier = weight.scorerSupplier(leaf);
                yield supplier == null ? 0 : supplier.cost();
            }
        };
    }

    /**
     * As Lucene's boolean scorer counts: nothing when a required clause matches nothing in the segment, else the
     * rarest required clause, or with enough optional clauses to match the sum of the rarest of them.
     */
    private long cost(BooleanQuery bool, LeafReaderContext leaf) throws IOException {
        long required = Long.MAX_VALUE;
        boolean anyRequired = false;
        List<Long> optional = new ArrayList<>();
        for (BooleanClause clause : bool.clauses()) {
            if (clause.occur() == BooleanClause.Occur.MUST_NOT) {
                continue;
            }
            long cost = cost(clause.query(), leaf);
            if (clause.isRequired()) {
                if (cost == 0) {
                    return 0;
                }
                required = Math.min(required, cost);
                anyRequired = true;
            } else if (cost > 0) {
                optional.add(cost);
            }
        }
        int minimum = bool.getMinimumNumberShouldMatch();
        if (optional.size() < minimum || !anyRequired && optional.isEmpty()) {
            return 0;
        }
        if (anyRequired && minimum == 0) {
            return required;
        }
        // The optional clauses' cost with a minimum to match: the sum of all but the (minimum - 1) most frequent.
        optional.sort(null);
        long sum = 0;
        for (int i = 0; i < optional.size() - Math.max(0, minimum - 1); i++) {
            sum += optional.get(i);
        }
        return Math.min(required, sum);
    }

    /** The documents of the segment holding the term (deleted ones too, as Lucene's estimate counts them). */
    private static long inSegment(TermStates states, Term term, LeafReaderContext leaf) throws IOException {
        IOSupplier<TermState> supplier = states.get(leaf);
        TermState state = supplier == null ? null : supplier.get();
        if (state == null) {
            return 0;
        }
        if (state instanceof BlockTermState block) {
            return block.docFreq;
        }
        TermsEnum terms = Terms.getTerms(leaf.reader(), term.field()).iterator();
        terms.seekExact(term.bytes(), state);
        return terms.docFreq();
    }
}
