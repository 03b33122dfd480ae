package org.healthequity.exchange.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
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

    private TermLookups() {
    }

    /** The query with each term query carrying its lookups in the searcher's index; other queries unchanged. */
    static Query resolved(IndexSearcher searcher, Query query) throws IOException {
        return switch (query) {
            case TermQuery term when term.getTermStates() == null ->
                    new TermQuery(term.getTerm(), TermStates.build(searcher, term.getTerm(), true));
            case BooleanQuery bool -> {
                BooleanQuery.Builder builder = new BooleanQuery.Builder()
                        .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
                for (BooleanClause clause : bool.clauses()) {
                    builder.add(resolved(searcher, clause.query()), clause.occur());
                }
                yield builder.build();
            }
            case DisjunctionMaxQuery max -> {
                List<Query> disjuncts = new ArrayList<>();
                for (Query disjunct : max.getDisjuncts()) {
                    disjuncts.add(resolved(searcher, disjunct));
                }
                yield new DisjunctionMaxQuery(disjuncts, max.getTieBreakerMultiplier());
            }
            // A phrase in a field that lacks one of its words matches nothing, and would otherwise look its words up
            // and open their positions in every segment for each search of the page (a phrase is in the fields of
            // all six languages, and is found in one or two).
            case PhraseQuery phrase when anyAbsent(searcher.getIndexReader(), phrase.getTerms()) ->
                    new MatchNoDocsQuery("a word of the phrase is not in " + phrase.getField());
            case BoostQuery boost -> new BoostQuery(resolved(searcher, boost.getQuery()), boost.getBoost());
            case ConstantScoreQuery constant -> new ConstantScoreQuery(resolved(searcher, constant.getQuery()));
            default -> query;
        };
    }

    private static boolean anyAbsent(IndexReader reader, Term[] terms) throws IOException {
        for (Term term : terms) {
            if (reader.docFreq(term) == 0) {
                return true;
            }
        }
        return false;
    }
}
