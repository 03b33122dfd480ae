package org.healthequity.exchange.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * A query whose words are looked up in the index once for all the searches one page makes with it. A page searches with
 * the same words several times (the estimate, the top hits, the sample's counts, each chosen facet counted sideways),
 * and each search would otherwise look up each word of six languages in every segment again. The estimate needs no
 * search at all: it is read from the words' statistics ({@link MatchEstimate}).
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

    private final IndexReaderContext top;
    /** Each term looked up once, however often the query holds it. */
    private final Map<Term, TermStates> looked = new HashMap<>();
    /** One terms enumeration per field and segment, reused from term to term (and page to page: {@link #KEPT}). */
    private Map<String, TermsEnum[]> enums;

    /** Lookups in the searcher's index, to be {@linkplain #close() closed} when the page has what it needs of them. */
    TermLookups(IndexSearcher searcher) {
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
            if (documents(term) == 0) {
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
    TermStates lookUp(Term term) throws IOException {
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
}
