package org.healthequity.exchange.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.codecs.BlockTermState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
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
import org.jspecify.annotations.Nullable;

/**
 * A query whose words are looked up in the index once for all the searches one page makes with it. A page searches with
 * the same words several times (the estimate, the top hits, the sample's counts, each chosen facet counted sideways),
 * and each search would otherwise look up each word of six languages in every segment again. The estimate needs no
 * search at all: it is read from the words' statistics ({@link #estimate}).
 */
final class TermLookups implements AutoCloseable {

    /**
     * Terms enumerations of an index reader's segments, kept from one page to the next until the reader closes: a page
     * opening one per field (eighteen for the six languages) and segment cost a third of its lookups' time and made a
     * third of its garbage. A set is used by one page at a time; a few are kept, for the pages searched at once.
     */
    private static final Map<IndexReader.CacheKey, BlockingQueue<Map<String, TermsEnum[]>>> KEPT =
            new ConcurrentHashMap<>();
    private static final int KEPT_PER_READER = 2 * Runtime.getRuntime().availableProcessors();

    private final IndexSearcher searcher;
    private final IndexReaderContext top;
    /** Each term looked up once, however often the query holds it. */
    private final Map<Term, TermStates> looked = new HashMap<>();
    /** One terms enumeration per field and segment, reused from term to term (and page to page: {@link #KEPT}). */
    private Map<String, TermsEnum[]> enums;

    /** Queries of kinds {@link #estimate} does not know, with their weight for Lucene's own estimate. */
    private final Map<Query, Weight> others = new HashMap<>();

    /** Lookups in the searcher's index, to be {@linkplain #close() closed} when the page has what it needs of them. */
    TermLookups(IndexSearcher searcher) {
        this.searcher = searcher;
        this.top = searcher.getTopReaderContext();
        BlockingQueue<Map<String, TermsEnum[]>> kept = kept(top.reader());
        Map<String, TermsEnum[]> earlier = kept == null ? null : kept.poll();
        this.enums = earlier == null ? new HashMap<>() : earlier;
    }

    /** The query with each term query carrying its lookups in the searcher's index; other queries unchanged. */
    static Query resolved(IndexSearcher searcher, Query query) throws IOException {
        try (TermLookups lookups = new TermLookups(searcher)) {
            return lookups.resolve(query);
        }
    }

    /**
     * Hands the terms enumerations on to the reader's next page. The term queries resolved keep their lookups, which
     * are copies; these lookups start afresh if used again.
     */
    @Override
    public void close() {
        // Only given back while the reader is open: its closing drops what is kept, and nothing is kept again.
        IndexReader.CacheHelper helper = top.reader().getReaderCacheHelper();
        BlockingQueue<Map<String, TermsEnum[]>> kept = helper == null ? null : KEPT.get(helper.getKey());
        if (kept != null && !enums.isEmpty()) {
            kept.offer(enums);
        }
        enums = new HashMap<>();
    }

    /** Whether terms enumerations of the reader are kept for its next page (none once it is closed). */
    static boolean keeps(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        BlockingQueue<Map<String, TermsEnum[]>> kept = helper == null ? null : KEPT.get(helper.getKey());
        return kept != null && !kept.isEmpty();
    }

    private static @Nullable BlockingQueue<Map<String, TermsEnum[]>> kept(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return null;
        }
        return KEPT.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(KEPT::remove);
            return new ArrayBlockingQueue<>(KEPT_PER_READER);
        });
    }

    /** The query with each term query carrying its lookups in the searcher's index; other queries unchanged. */
    Query resolve(Query query) throws IOException {
        return switch (query) {
            case TermQuery term when term.getTermStates() == null ->
                    new TermQuery(term.getTerm(), lookUp(term.getTerm()));
            case BooleanQuery bool -> {
                BooleanQuery.Builder builder = new BooleanQuery.Builder()
                        .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
                for (BooleanClause clause : bool.clauses()) {
                    builder.add(resolve(clause.query()), clause.occur());
                }
                yield builder.build();
            }
            case DisjunctionMaxQuery max -> {
                List<Query> disjuncts = new ArrayList<>();
                for (Query disjunct : max.getDisjuncts()) {
                    disjuncts.add(resolve(disjunct));
                }
                yield new DisjunctionMaxQuery(disjuncts, max.getTieBreakerMultiplier());
            }
            // A phrase in a field that lacks one of its words matches nothing, and would otherwise look its words up
            // and open their positions in every segment for each search of the page (a phrase is in the fields of
            // all six languages, and is found in one or two).
            case PhraseQuery phrase when anyAbsent(phrase.getTerms()) ->
                    new MatchNoDocsQuery("a word of the phrase is not in " + phrase.getField());
            case BoostQuery boost -> new BoostQuery(resolve(boost.getQuery()), boost.getBoost());
            case ConstantScoreQuery constant -> new ConstantScoreQuery(resolve(constant.getQuery()));
            default -> query;
        };
    }

    private boolean anyAbsent(Term[] terms) throws IOException {
        for (Term term : terms) {
            if (lookUp(term).docFreq() == 0) {
                return true;
            }
        }
        return false;
    }

    /** The documents holding the term in the whole index, deleted ones too (as {@link IndexReader#docFreq}). */
    int documents(Term term) throws IOException {
        return lookUp(term).docFreq();
    }

    /**
     * The term in each segment, with its statistics, on the calling thread: Lucene's own lookup hands each term's
     * segments to the searcher's threads and opens a new enumeration for each, which cost more than the seeks.
     */
    private TermStates lookUp(Term term) throws IOException {
        TermStates known = looked.get(term);
        if (known != null) {
            return known;
        }
        TermStates states = new TermStates(top);
        TermsEnum[] perLeaf = enums.computeIfAbsent(term.field(), field -> new TermsEnum[top.leaves().size()]);
        for (LeafReaderContext leaf : top.leaves()) {
            TermsEnum terms = perLeaf[leaf.ord];
            if (terms == null) {
                terms = Terms.getTerms(leaf.reader(), term.field()).iterator();
                perLeaf[leaf.ord] = terms;
            }
            if (terms.seekExact(term.bytes())) {
                states.register(terms.termState(), leaf.ord, terms.docFreq(), terms.totalTermFreq());
            }
        }
        looked.put(term, states);
        return states;
    }

    /**
     * An upper estimate of the matches of a {@linkplain IndexSearcher#rewrite rewritten} query, summed over the
     * segments: a term's documents, a phrase's rarest word, a conjunction's rarest clause, a disjunction's sum. It is
     * the cost Lucene gives the scorers it would build ({@link ScorerSupplier#cost()}), read from the statistics of the
     * words looked up already, without building a scorer for each clause in each segment (a phrase's scorer opens the
     * positions of each of its words in each of the six languages' fields: a sixth of the phrase's page). A query of
     * another kind is given Lucene's own estimate.
     */
    long estimate(Query rewritten) throws IOException {
        long total = 0;
        for (LeafReaderContext leaf : top.leaves()) {
            total += cost(rewritten, leaf);
        }
        return total;
    }

    private long cost(Query query, LeafReaderContext leaf) throws IOException {
        return switch (query) {
            case TermQuery term -> documents(term.getTermStates() != null && term.getTermStates().wasBuiltFor(top)
                    ? term.getTermStates() : lookUp(term.getTerm()), term.getTerm(), leaf);
            case PhraseQuery phrase when phrase.getTerms().length > 0 -> {
                long rarest = Long.MAX_VALUE;
                for (Term term : phrase.getTerms()) {
                    rarest = Math.min(rarest, documents(lookUp(term), term, leaf));
                }
                yield rarest;
            }
            case SynonymQuery synonyms -> {
                long sum = 0;
                for (Term term : synonyms.getTerms()) {
                    sum += documents(lookUp(term), term, leaf);
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
    private long documents(TermStates states, Term term, LeafReaderContext leaf) throws IOException {
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
