package org.healthequity.exchange.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

/**
 * A query whose words are looked up in the index once for all the searches one page makes with it. A page searches with
 * the same words several times (the estimate, the top hits, the sample's counts, each chosen facet counted sideways),
 * and each search would otherwise look up each word of six languages in every segment again.
 */
final class TermLookups {

    private final IndexReaderContext top;
    /** Each term looked up once, however often the query holds it. */
    private final Map<Term, TermStates> looked = new HashMap<>();
    /** One terms enumeration per field and segment, reused from term to term. */
    private final Map<String, TermsEnum[]> enums = new HashMap<>();

    private TermLookups(IndexReaderContext top) {
        this.top = top;
    }

    /** The query with each term query carrying its lookups in the searcher's index; other queries unchanged. */
    static Query resolved(IndexSearcher searcher, Query query) throws IOException {
        return new TermLookups(searcher.getTopReaderContext()).resolve(query);
    }

    private Query resolve(Query query) throws IOException {
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
}
