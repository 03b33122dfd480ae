package org.healthequity.exchange.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TopHitsTest {

    private static final String SECRET = "group:secret";
    private static final String BLOCKED = "member:7";
    private static final Term CONCEPT = new Term("$facets", "theme\u001fSOCIAL_PROTECTION");

    private Directory directory;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    /**
     * Public items in English and French, with the phrase in their own language; a group's items and items hidden
     * from one member that say it more often, in their titles, so that they score best.
     */
    @BeforeEach
    void index() throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < 60; i++) {
                boolean french = i % 3 == 0;
                String body = french ? "la protection sociale, social protection en anglais " + i
                        : "social protection floors and protection of social rights " + i;
                add(writer, "public-" + i, french ? "fr" : "en", "note " + i, body, SearchDocument.PUBLIC, null,
                        i % 4 == 0);
                if (i % 15 == 14) {
                    writer.commit(); // several segments
                }
            }
            for (int i = 0; i < 8; i++) {
                add(writer, "secret-" + i, "en", "social protection, social protection", "social protection", SECRET,
                        null, true);
                add(writer, "hidden-" + i, "fr", "social protection social protection", "social protection",
                        SearchDocument.PUBLIC, BLOCKED, true);
            }
            writer.commit();
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void itemsThatScoreBestButAreHiddenFromTheViewerNeverEnterTheTopOfADisjunctionCheckedOnItsHits()
            throws IOException {
        Set<String> viewer = Set.of(SearchDocument.PUBLIC, BLOCKED);

        try (TermLookups lookups = new TermLookups(searcher)) {
            TopHits ranking = ranking(lookups, flat(), viewer, false, null);
            TopDocs top = ranking.best(10);

            assertThat(ranking.checksHits()).isTrue();
            assertThat(keys(top)).hasSize(10).allMatch(key -> key.startsWith("public-"));
            assertSameAsLucene(top, filtered(languages(), viewer), 10);
        }
    }

    @Test
    void aViewerWhoMaySeeTheGroupsItemsFindsThemFirst() throws IOException {
        Set<String> member = Set.of(SearchDocument.PUBLIC, SECRET);

        try (TermLookups lookups = new TermLookups(searcher)) {
            TopHits ranking = ranking(lookups, flat(), member, false, null);
            TopDocs top = ranking.best(20);

            assertThat(ranking.checksHits()).isTrue();
            assertThat(keys(top).subList(0, 16))
                    .allMatch(key -> key.startsWith("secret-") || key.startsWith("hidden-"));
            assertSameAsLucene(top, filtered(languages(), member), 20);
        }
    }

    @Test
    void aConjunctionAChoiceASortOrANarrowVisibilityKeepTheVisibilityInTheSearch() throws IOException {
        Set<String> viewer = Set.of(SearchDocument.PUBLIC);
        Query both = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("body_en", "social")), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term("body_en", "floors")), BooleanClause.Occur.MUST).build();
        Sort newest = new Sort(new SortField("published", SortField.Type.LONG, true));

        try (TermLookups lookups = new TermLookups(searcher)) {
            assertThat(ranking(lookups, both, viewer, false, null).checksHits()).isFalse();
            assertThat(ranking(lookups, flat(), viewer, true, null).checksHits()).isFalse();
            assertThat(ranking(lookups, flat(), viewer, false, newest).checksHits()).isFalse();
            TopHits secretOnly = ranking(lookups, flat(), Set.of(SECRET), false, null);
            assertThat(secretOnly.checksHits()).as("8 of 76 items").isFalse();
            assertThat(keys(secretOnly.best(10))).hasSize(8).allMatch(key -> key.startsWith("secret-"));
        }
    }

    @Test
    void aDisjunctionOfLanguagesIsRankedAsOneDisjunctionThatScoresEachItemAsItsBestLanguage() throws IOException {
        Query ranked = QueryText.oneDisjunction(languages());

        assertThat(ranked).isInstanceOf(BooleanQuery.class);
        assertThat(((BooleanQuery) ranked).clauses()).as("four phrases and the concept once").hasSize(5)
                .allMatch(clause -> clause.occur() == BooleanClause.Occur.SHOULD);
        Map<Integer, Float> best = scores(languages());
        Map<Integer, Float> flat = scores(ranked);
        assertThat(flat.keySet()).isEqualTo(best.keySet()).hasSize(reader.numDocs());
        best.forEach((doc, score) -> assertThat(flat.get(doc)).isCloseTo(score, within(1e-5f)));
    }

    @Test
    void aDisjunctionOfLanguagesWithARequiredWordOrATieBreakerIsLeftAsItIs() {
        DisjunctionMaxQuery required = new DisjunctionMaxQuery(List.of(new BooleanQuery.Builder()
                .add(new PhraseQuery("body_en", "social", "protection"), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term("body_en", "floors")), BooleanClause.Occur.SHOULD).build(),
                new PhraseQuery("body_fr", "social", "protection")), 0f);
        DisjunctionMaxQuery tieBreaker = new DisjunctionMaxQuery(List.of(
                new PhraseQuery("body_en", "social", "protection"), new PhraseQuery("body_fr", "social", "protection")),
                0.1f);

        assertThat(QueryText.oneDisjunction(required)).isSameAs(required);
        assertThat(QueryText.oneDisjunction(tieBreaker)).isSameAs(tieBreaker);
    }

    /** The languages as one disjunction, as {@link QueryText} gives a quoted phrase alone. */
    private static Query flat() {
        return QueryText.oneDisjunction(languages());
    }

    /** The phrase in each language's title and body, each with the concept, as {@link QueryText} builds it. */
    private static DisjunctionMaxQuery languages() {
        List<Query> languages = new ArrayList<>();
        for (String language : List.of("en", "fr")) {
            Query fields = new BooleanQuery.Builder()
                    .add(new BoostQuery(new PhraseQuery("title_" + language, "social", "protection"), 3f),
                            BooleanClause.Occur.SHOULD)
                    .add(new PhraseQuery("body_" + language, "social", "protection"), BooleanClause.Occur.SHOULD)
                    .build();
            languages.add(new BooleanQuery.Builder().add(fields, BooleanClause.Occur.SHOULD)
                    .add(new ConstantScoreQuery(new TermQuery(CONCEPT)), BooleanClause.Occur.SHOULD).build());
        }
        return new DisjunctionMaxQuery(languages, 0f);
    }

    private TopHits ranking(TermLookups lookups, Query parsed, Set<String> tokens, boolean chosen, Sort sort)
            throws IOException {
        Query filtered = lookups.resolve(searcher.rewrite(filtered(parsed, tokens)));
        return TopHits.of(searcher, lookups, filtered, parsed, chosen, Documents.visibleTo(tokens), tokens, sort);
    }

    private static Query filtered(Query parsed, Set<String> tokens) {
        return new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST)
                .add(Documents.visibleTo(tokens), BooleanClause.Occur.FILTER).build();
    }

    private void assertSameAsLucene(TopDocs top, Query filtered, int window) throws IOException {
        TopDocs lucene = searcher.search(filtered, window);
        assertThat(docs(top)).isEqualTo(docs(lucene));
        for (int i = 0; i < top.scoreDocs.length; i++) {
            assertThat(top.scoreDocs[i].score).isCloseTo(lucene.scoreDocs[i].score, within(1e-5f));
        }
    }

    private Map<Integer, Float> scores(Query query) throws IOException {
        Map<Integer, Float> scores = new HashMap<>();
        for (ScoreDoc hit : searcher.search(query, reader.maxDoc()).scoreDocs) {
            scores.put(hit.doc, hit.score);
        }
        return scores;
    }

    private static List<Integer> docs(TopDocs top) {
        List<Integer> docs = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
            docs.add(hit.doc);
        }
        return docs;
    }

    private List<String> keys(TopDocs top) throws IOException {
        List<String> keys = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
            keys.add(searcher.storedFields().document(hit.doc).get(Documents.KEY));
        }
        return keys;
    }

    private static void add(IndexWriter writer, String key, String language, String title, String body,
            String visibility, String hiddenFrom, boolean tagged) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(Documents.KEY, key, Field.Store.YES));
        doc.add(new TextField("title_" + language, title, Field.Store.NO));
        doc.add(new TextField("body_" + language, body, Field.Store.NO));
        doc.add(new StringField(Documents.VISIBILITY, visibility, Field.Store.NO));
        if (hiddenFrom != null) {
            doc.add(new StringField(Documents.HIDDEN, hiddenFrom, Field.Store.NO));
        }
        if (tagged) {
            doc.add(new StringField(CONCEPT.field(), CONCEPT.text(), Field.Store.NO));
        }
        writer.addDocument(doc);
    }
}
