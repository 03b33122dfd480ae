package org.healthequity.exchange.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.healthequity.exchange.shared.i18n.Language;

/**
 * What the search offers besides a results page: titles while a person types, and items like one they are reading.
 * Both among the items of the viewer's tokens only ({@link SearchService} says whose, and who may ask).
 */
final class Suggestions {

    private final SearchIndex index;
    private final Analyzers analyzers;

    Suggestions(SearchIndex index) {
        this.index = index;
        this.analyzers = index.analyzers();
    }

    /** Titles to offer while a person types (the last word completed, the others matched as typed). */
    List<String> titles(String typed, int limit, Set<String> visible) {
        List<String> words = QueryText.plainWords(typed.length() > QueryText.MAX_CHARS
                ? typed.substring(0, QueryText.MAX_CHARS) : typed);
        if (words.isEmpty() || words.getLast().length() < 2) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        words.subList(0, words.size() - 1).stream().limit(8).forEach(w -> query.add(
                new TermQuery(new Term(Analyzers.TITLE_WORDS, w)), BooleanClause.Occur.MUST));
        query.add(new PrefixQuery(new Term(Analyzers.TITLE_WORDS, words.getLast())), BooleanClause.Occur.MUST);
        query.add(Documents.visibleTo(visible), BooleanClause.Occur.FILTER);
        try {
            return index.search(searcher -> {
                TopDocs top = searcher.search(query.build(), limit * 2);
                StoredFields stored = searcher.storedFields();
                Set<String> titles = new LinkedHashSet<>();
                for (ScoreDoc hit : top.scoreDocs) {
                    titles.add(stored.document(hit.doc, Set.of(Documents.TITLE_STORED)).get(Documents.TITLE_STORED));
                    if (titles.size() == limit) {
                        break;
                    }
                }
                return List.copyOf(titles);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Items like the given one (by the words of its own language), among those the viewer may see. */
    List<SearchResult.Hit> similar(String type, long contentId, int limit, Set<String> visible) {
        try {
            return index.search(searcher -> {
                String key = SearchDocument.key(type, contentId);
                // An item the viewer may not see has no similar items either (they would tell it exists).
                TopDocs self = searcher.search(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(Documents.KEY, key)), BooleanClause.Occur.MUST)
                        .add(Documents.visibleTo(visible), BooleanClause.Occur.FILTER).build(), 1);
                if (self.scoreDocs.length == 0) {
                    return List.of();
                }
                int docId = self.scoreDocs[0].doc;
                Language language = Language.ofCode(searcher.storedFields().document(docId).get(Documents.LANGUAGE))
                        .orElse(Language.ENGLISH);
                MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
                mlt.setAnalyzer(analyzers.of(language));
                mlt.setFieldNames(new String[] {Analyzers.body(language)});
                mlt.setMinTermFreq(2);
                mlt.setMinDocFreq(1);
                mlt.setMaxQueryTerms(30);
                Query like = mlt.like(docId);
                Query query = new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST)
                        .add(Documents.visibleTo(visible), BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term(Documents.KEY, key)), BooleanClause.Occur.MUST_NOT).build();
                TopDocs top = searcher.search(query, limit);
                List<SearchResult.Hit> hits = new ArrayList<>();
                for (ScoreDoc hit : top.scoreDocs) {
                    hits.add(Documents.hit(searcher.storedFields().document(hit.doc), ""));
                }
                return hits;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
