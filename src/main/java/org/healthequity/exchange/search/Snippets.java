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
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.Bits;
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
    /** The fields of the last reader searched, merged across its segments (the highlighter needs them). */
    private static volatile @Nullable MergedFields lastMerged;

    private Snippets() {
    }

    /**
     * A snippet per hit of the page, from the stored documents the page has already read ({@code stored}, in the order
     * of {@code page}): the highlighter is handed their texts instead of reading each document again.
     */
    static Map<Integer, String> of(IndexSearcher searcher, Analyzers analyzers, QueryText.Parsed parsed,
            ScoreDoc[] page, Document[] stored) throws IOException {
        Map<Integer, String> snippets = new HashMap<>();
        if (page.length == 0) {
            return snippets;
        }
        Map<Integer, Document> byDoc = new HashMap<>();
        for (int i = 0; i < page.length; i++) {
            byDoc.put(page[i].doc, stored[i]);
        }
        if (!parsed.matchAll()) {
            // Only the body fields of the languages on this page: a page in one language highlights one field.
            Set<String> languages = new TreeSet<>();
            for (Document doc : stored) {
                languages.add(doc.get(Documents.LANGUAGE));
            }
            String[] fields = languages.stream().map(code -> Analyzers.BODY + code).toArray(String[]::new);
            UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzers.perField())
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                    .withScorer(SCORER).withMaxLength(Documents.STORED_BODY)
                    .withBreakIterator(SentenceBreaks::new)
                    // The query's terms per field, not a match of the whole query per hit: the query spans six
                    // languages and the concepts' facet terms, and weighing all of it again for each hit cost more
                    // than the rest of the snippets together.
                    .withWeightMatches(false);
            Map<String, String[]> byField = new ReadHighlighter(builder, byDoc, fieldInfos(searcher.getIndexReader()))
                    .highlightFields(fields,
                    parsed.query(), new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page));
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
        for (int i = 0; i < page.length; i++) {
            if (!snippets.containsKey(page[i].doc)) {
                String body = stored[i].get(Analyzers.BODY + stored[i].get(Documents.LANGUAGE));
                snippets.put(page[i].doc, HtmlUtils.htmlEscape(body == null ? "" : body.length() > SNIPPET
                        ? body.substring(0, SNIPPET) + "…" : body, "UTF-8"));
            }
        }
        return snippets;
    }

    /** The fields of the index as one, merged once per reader rather than by every page's highlighter. */
    private static FieldInfos fieldInfos(IndexReader reader) {
        MergedFields merged = lastMerged;
        if (merged == null || merged.reader() != reader) {
            merged = new MergedFields(reader, FieldInfos.getMergedFieldInfos(reader));
            lastMerged = merged;
        }
        return merged.fieldInfos();
    }

    private record MergedFields(IndexReader reader, FieldInfos fieldInfos) {
    }

    /** The highlighter over texts the page has already read, rather than reading each document again. */
    private static final class ReadHighlighter extends UnifiedHighlighter {

        private final Map<Integer, Document> read;

        ReadHighlighter(Builder builder, Map<Integer, Document> read, FieldInfos merged) {
            super(builder);
            this.read = read;
            this.fieldInfos = merged;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int threshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Document stored = read.get(doc);
                CharSequence[] texts = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    String text = stored == null ? null : stored.get(fields[f]);
                    texts[f] = text == null ? "" : text;
                }
                values.add(texts);
            }
            return values;
        }
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
            // One edit first: its closest words all rank above those of two edits (FuzzyTermsEnum's boost), and its
            // automaton costs a fraction of the two-edit one, which a misspelled page spent most of its time building.
            String best = closest(searcher, terms, term, 1, visible);
            if (best == null) {
                best = closest(searcher, terms, term, 2, visible);
            }
            if (best != null) {
                corrected.add(best);
                changed = true;
            } else {
                corrected.add(word);
            }
        }
        return changed ? String.join(" ", corrected) : null;
    }

    /**
     * The closest word within {@code edits} edits that an item the viewer may see holds: the closest first, the more
     * frequent among equals, {@link #MAX_CANDIDATES} tried at most.
     */
    private static @Nullable String closest(IndexSearcher searcher, Terms terms, Term word, int edits, Query visible)
            throws IOException {
        List<Candidate> candidates = new ArrayList<>();
        FuzzyTermsEnum fuzzy = new FuzzyTermsEnum(terms, word, edits, 1, true);
        while (fuzzy.next() != null) {
            candidates.add(new Candidate(fuzzy.term().utf8ToString(), fuzzy.getBoost(), fuzzy.docFreq()));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::boost).thenComparingInt(Candidate::freq).reversed());
        return candidates.stream().limit(MAX_CANDIDATES)
                .filter(c -> seen(searcher, new Term(Analyzers.WORDS, c.word()), visible))
                .map(Candidate::word).findFirst().orElse(null);
    }

    private record Candidate(String word, float boost, int freq) {
    }

    /** Whether an item the viewer may see holds the word: the first such item found ends the look, none is counted. */
    private static boolean seen(IndexSearcher searcher, Term word, Query visible) {
        try {
            if (searcher.getIndexReader().docFreq(word) == 0) {
                return false;
            }
            Weight weight = searcher.createWeight(searcher.rewrite(new BooleanQuery.Builder()
                    .add(new TermQuery(word), BooleanClause.Occur.FILTER)
                    .add(visible, BooleanClause.Occur.FILTER).build()), ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                ScorerSupplier supplier = weight.scorerSupplier(leaf);
                if (supplier == null) {
                    continue;
                }
                DocIdSetIterator docs = supplier.get(1).iterator();
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
