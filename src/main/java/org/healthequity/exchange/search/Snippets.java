package org.healthequity.exchange.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * What a results page shows besides its hits: escaped snippets with the matched words marked, and a correction for
 * words that occur nowhere.
 */
final class Snippets {

    /** Characters of a text shown when no word of the query could be marked in it. */
    static final int SNIPPET = 240;
    /** Close words tried, best first, for one that an item the viewer may see holds. */
    private static final int MAX_CANDIDATES = 20;
    /** Lucene's passage score without a 32 KB hash per candidate passage; it keeps no state, so one serves all. */
    private static final LeanPassageScorer SCORER = new LeanPassageScorer();

    private Snippets() {
    }

    static Map<Integer, String> of(IndexSearcher searcher, Analyzers analyzers, QueryText.Parsed parsed, ScoreDoc[] page)
            throws IOException {
        Map<Integer, String> snippets = new HashMap<>();
        if (page.length == 0) {
            return snippets;
        }
        if (!parsed.matchAll()) {
            // Only the body fields of the languages on this page: a page in one language highlights one field.
            Set<String> languages = new TreeSet<>();
            for (ScoreDoc doc : page) {
                languages.add(searcher.storedFields().document(doc.doc, Set.of(Documents.LANGUAGE))
                        .get(Documents.LANGUAGE));
            }
            String[] fields = languages.stream().map(code -> Analyzers.BODY + code).toArray(String[]::new);
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzers.perField())
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                    .withScorer(SCORER).withMaxLength(Documents.STORED_BODY)
                    // The query's terms per field, not a match of the whole query per hit: the query spans six
                    // languages and the concepts' facet terms, and weighing all of it again for each hit cost more
                    // than the rest of the snippets together.
                    .withWeightMatches(false).build();
            Map<String, String[]> byField = highlighter.highlightFields(fields, parsed.query(),
                    new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page));
            for (int i = 0; i < page.length; i++) {
                for (String field : fields) {
                    String[] values = byField.get(field);
                    if (values != null && values[i] != null && !values[i].isBlank()) {
                        snippets.put(page[i].doc, values[i]);
                        break;
                    }
                }
            }
        }
        for (ScoreDoc doc : page) {
            if (!snippets.containsKey(doc.doc)) {
                Document stored = searcher.storedFields().document(doc.doc);
                String language = stored.get(Documents.LANGUAGE);
                String body = stored.get(Analyzers.BODY + language);
                snippets.put(doc.doc, HtmlUtils.htmlEscape(body == null ? "" : body.length() > SNIPPET
                        ? body.substring(0, SNIPPET) + "…" : body, "UTF-8"));
            }
        }
        return snippets;
    }

    /**
     * Replaces each word that occurs in nothing the viewer may see by the closest word that does (two edits at most),
     * if any: a word only an item hidden from the viewer holds is never offered.
     */
    static @Nullable String didYouMean(IndexSearcher searcher, String query, Query visible) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        Terms terms = MultiTerms.getTerms(reader, Analyzers.WORDS);
        if (terms == null) {
            return null;
        }
        List<String> words = QueryText.plainWords(query);
        List<String> corrected = new ArrayList<>();
        boolean changed = false;
        for (String word : words.stream().limit(QueryText.MAX_WORDS).toList()) {
            Term term = new Term(Analyzers.WORDS, word);
            if (word.length() < 3 || seen(searcher, term, visible)) {
                corrected.add(word);
                continue;
            }
            List<Candidate> candidates = new ArrayList<>();
            FuzzyTermsEnum fuzzy = new FuzzyTermsEnum(terms, term, 2, 1, true);
            while (fuzzy.next() != null) {
                candidates.add(new Candidate(fuzzy.term().utf8ToString(), fuzzy.getBoost(), fuzzy.docFreq()));
            }
            candidates.sort(Comparator.comparingDouble(Candidate::boost).thenComparingInt(Candidate::freq)
                    .reversed());
            String best = candidates.stream().limit(MAX_CANDIDATES)
                    .filter(c -> seen(searcher, new Term(Analyzers.WORDS, c.word()), visible))
                    .map(Candidate::word).findFirst().orElse(null);
            if (best != null) {
                corrected.add(best);
                changed = true;
            } else {
                corrected.add(word);
            }
        }
        return changed ? String.join(" ", corrected) : null;
    }

    private record Candidate(String word, float boost, int freq) {
    }

    /** Whether an item the viewer may see holds the word. */
    private static boolean seen(IndexSearcher searcher, Term word, Query visible) {
        try {
            return searcher.getIndexReader().docFreq(word) > 0 && searcher.count(new BooleanQuery.Builder().add(new TermQuery(word), BooleanClause.Occur.FILTER)
                    .add(visible, BooleanClause.Occur.FILTER).build()) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
