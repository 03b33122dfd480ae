package org.healthequity.exchange.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class TermLookupsTest {

    @Test
    void aPhraseInAFieldLackingOneOfItsWordsMatchesNothingAndTheOthersAreKept() throws IOException {
        try (Directory directory = new ByteBuffersDirectory(); IndexWriter writer = new IndexWriter(directory,
                new IndexWriterConfig(new StandardAnalyzer()))) {
            Document english = new Document();
            english.add(new TextField("body_en", "social protection floors for informal workers", Field.Store.NO));
            writer.addDocument(english);
            Document french = new Document();
            french.add(new TextField("body_fr", "la protection sociale des travailleurs", Field.Store.NO));
            writer.addDocument(french);
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query inEnglish = new PhraseQuery("body_en", "social", "protection");
                Query inFrench = new BoostQuery(new PhraseQuery("body_fr", "social", "protection"), 3f);
                Query word = new TermQuery(new org.apache.lucene.index.Term("body_fr", "protection"));
                Query any = new BooleanQuery.Builder().add(inEnglish, BooleanClause.Occur.SHOULD)
                        .add(inFrench, BooleanClause.Occur.SHOULD).add(word, BooleanClause.Occur.SHOULD).build();

                BooleanQuery resolved = (BooleanQuery) TermLookups.resolved(searcher, any);

                assertThat(resolved.clauses().get(0).query()).isEqualTo(inEnglish);
                assertThat(((BoostQuery) resolved.clauses().get(1).query()).getQuery())
                        .as("body_fr has \"protection\" but not \"social\"").isInstanceOf(MatchNoDocsQuery.class);
                assertThat(((TermQuery) resolved.clauses().get(2).query()).getTermStates()).isNotNull();
                assertThat(searcher.count(resolved)).isEqualTo(searcher.count(any)).isEqualTo(2);
            }
        }
    }

    @Test
    void termsLookedUpOnceAcrossSegmentsScoreAsLuceneLooksThemUp() throws IOException {
        try (Directory directory = new ByteBuffersDirectory(); IndexWriter writer = new IndexWriter(directory,
                new IndexWriterConfig(new StandardAnalyzer()))) {
            String[] bodies = {"housing and health", "health of migrants", "housing first", "water and health",
                "informal housing health risks", "health health housing"};
            for (int i = 0; i < bodies.length; i++) {
                Document doc = new Document();
                doc.add(new TextField("body_en", bodies[i], Field.Store.NO));
                doc.add(new TextField("id", "d" + i, Field.Store.NO));
                writer.addDocument(doc);
                writer.commit(); // one segment each
            }
            writer.deleteDocuments(new org.apache.lucene.index.Term("id", "d1"));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(1);
                IndexSearcher searcher = new IndexSearcher(reader);
                Query housing = new TermQuery(new org.apache.lucene.index.Term("body_en", "housing"));
                Query health = new TermQuery(new org.apache.lucene.index.Term("body_en", "health"));
                Query absent = new TermQuery(new org.apache.lucene.index.Term("body_en", "flood"));
                Query query = new BooleanQuery.Builder().add(housing, BooleanClause.Occur.SHOULD)
                        .add(new BoostQuery(health, 2f), BooleanClause.Occur.SHOULD)
                        .add(health, BooleanClause.Occur.SHOULD).add(absent, BooleanClause.Occur.SHOULD).build();

                Query resolved = TermLookups.resolved(searcher, query);

                var expected = searcher.search(query, 10).scoreDocs;
                var actual = searcher.search(resolved, 10).scoreDocs;
                assertThat(actual).hasSameSizeAs(expected).hasSize(5);
                for (int i = 0; i < expected.length; i++) {
                    assertThat(actual[i].doc).isEqualTo(expected[i].doc);
                    assertThat(actual[i].score).as("the statistics of the terms, summed over the segments")
                            .isEqualTo(expected[i].score);
                }
            }
        }
    }

    @Test
    void anEstimateReadFromTheStatisticsIsLucenesOwnCostForEachFormOfQueryAPageMakes() throws IOException {
        try (Directory directory = new ByteBuffersDirectory(); IndexWriter writer = new IndexWriter(directory,
                new IndexWriterConfig(new StandardAnalyzer()))) {
            String[][] segments = {
                {"social protection and housing health", "health of migrants", "social housing first"},
                {"la protection sociale", "housing health risks", "water health social protection", "health"},
                {"informal housing", "social protection floors", "healthy cities"}};
            int id = 0;
            for (String[] bodies : segments) {
                for (String body : bodies) {
                    Document doc = new Document();
                    doc.add(new TextField(body.startsWith("la ") ? "body_fr" : "body_en", body, Field.Store.NO));
                    doc.add(new TextField("visibility", id % 3 == 0 ? "public" : "network", Field.Store.NO));
                    doc.add(new TextField("id", "d" + id++, Field.Store.NO));
                    writer.addDocument(doc);
                }
                writer.commit(); // one segment each
            }
            writer.deleteDocuments(new Term("id", "d1"));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSize(segments.length);
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setQueryCache(null); // a cached clause would be estimated by its cached matches
                Query health = term("body_en", "health");
                Query housing = term("body_en", "housing");
                Query social = term("body_en", "social");
                Query phrase = new PhraseQuery("body_en", "social", "protection");
                Query visible = new BooleanQuery.Builder().add(term("visibility", "public"), BooleanClause.Occur.SHOULD)
                        .add(term("visibility", "network"), BooleanClause.Occur.SHOULD)
                        .add(term("visibility", "hidden"), BooleanClause.Occur.MUST_NOT)
                        .setMinimumNumberShouldMatch(1).build();
                List<Query> forms = List.of(health, term("body_en", "absent"),
                        phrase, new PhraseQuery("body_fr", "protection", "sociale"),
                        new PhraseQuery("body_en", "housing", "health"),
                        and(health, housing), and(health, phrase), and(health, term("body_en", "absent")),
                        or(health, housing, social), atLeast(2, health, housing, social, term("body_en", "water")),
                        new BooleanQuery.Builder().add(health, BooleanClause.Occur.MUST)
                                .add(housing, BooleanClause.Occur.SHOULD).build(),
                        new BooleanQuery.Builder().add(or(health, phrase), BooleanClause.Occur.MUST)
                                .add(visible, BooleanClause.Occur.FILTER).build(),
                        new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                                .add(health, BooleanClause.Occur.MUST_NOT).build(),
                        new DisjunctionMaxQuery(List.of(new BoostQuery(phrase, 3f), and(housing, health),
                                new PhraseQuery("body_fr", "protection", "sociale")), 0f),
                        new ConstantScoreQuery(social), new SynonymQuery.Builder("body_en")
                                .addTerm(new Term("body_en", "health")).addTerm(new Term("body_en", "healthy"))
                                .build(),
                        and(new PrefixQuery(new Term("body_en", "heal")), social), new MatchNoDocsQuery());

                for (Query form : forms) {
                    Query rewritten = searcher.rewrite(form);
                    long lucene = lucenesCost(searcher, rewritten);
                    try (TermLookups lookups = new TermLookups(searcher)) {
                        assertThat(MatchEstimate.of(searcher, lookups, lookups.resolve(rewritten))).as("%s (terms looked up)", form)
                                .isEqualTo(lucene);
                    }
                    assertThat(Sampling.estimate(searcher, rewritten)).as("%s", form).isEqualTo(lucene);
                }
                assertThat(lucenesCost(searcher, searcher.rewrite(and(health, housing))))
                        .as("a conjunction is estimated per segment").isEqualTo(3);
                try (TermLookups lookups = new TermLookups(searcher)) {
                    for (String word : List.of("health", "social", "protection", "migrants", "absent")) {
                        Term term = new Term("body_en", word);
                        assertThat(lookups.documents(term)).as("%s, a deleted document counted as Lucene counts it",
                                word).isEqualTo(reader.docFreq(term));
                    }
                }
            }
        }
    }

    /** Lucene's estimate: the cost of the scorer it would build in each segment, summed. */
    private static long lucenesCost(IndexSearcher searcher, Query rewritten) throws IOException {
        Weight weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
        long cost = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            ScorerSupplier supplier = weight.scorerSupplier(leaf);
            cost += supplier == null ? 0 : supplier.cost();
        }
        return cost;
    }

    private static Query term(String field, String text) {
        return new TermQuery(new Term(field, text));
    }

    private static Query and(Query... clauses) {
        return atLeast(-1, clauses);
    }

    private static Query or(Query... clauses) {
        return atLeast(0, clauses);
    }

    /** All clauses required ({@code minimum} -1), or optional with a minimum to match. */
    private static Query atLeast(int minimum, Query... clauses) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(Math.max(0, minimum));
        for (Query clause : clauses) {
            builder.add(clause, minimum < 0 ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
        }
        return builder.build();
    }

    @Test
    void theEnumerationsOfOnePageServeTheNextAndGoWithTheirReader() throws IOException {
        try (Directory directory = new ByteBuffersDirectory(); IndexWriter writer = new IndexWriter(directory,
                new IndexWriterConfig(new StandardAnalyzer()))) {
            String[] bodies = {"housing and health", "health of migrants", "social protection floors",
                "water and health", "social housing first"};
            for (String body : bodies) {
                Document doc = new Document();
                doc.add(new TextField("body_en", body, Field.Store.NO));
                doc.add(new TextField("body_fr", "protection sociale " + body.length(), Field.Store.NO));
                writer.addDocument(doc);
                writer.commit(); // one segment each
            }
            DirectoryReader reader = DirectoryReader.open(directory);
            IndexSearcher searcher = new IndexSearcher(reader);
            assertThat(TermLookups.keeps(reader)).isFalse();
            Query first = or(term("body_en", "health"), term("body_fr", "sociale"), new PhraseQuery("body_en",
                    "social", "protection"));
            Query second = or(term("body_en", "housing"), term("body_en", "social"), term("body_fr", "protection"),
                    new PhraseQuery("body_en", "housing", "first"), term("body_en", "absent"));
            for (Query query : List.of(first, second, first)) {
                // Each page's lookups after the first start from the enumerations the page before positioned.
                Query resolved = TermLookups.resolved(searcher, query);
                assertThat(TermLookups.keeps(reader)).isTrue();
                var expected = searcher.search(query, 10).scoreDocs;
                var actual = searcher.search(resolved, 10).scoreDocs;
                assertThat(actual).hasSameSizeAs(expected).isNotEmpty();
                for (int i = 0; i < expected.length; i++) {
                    assertThat(actual[i].doc).isEqualTo(expected[i].doc);
                    assertThat(actual[i].score).isEqualTo(expected[i].score);
                }
            }
            TermLookups late = new TermLookups(searcher);
            late.resolve(second);
            reader.close();
            assertThat(TermLookups.keeps(reader)).as("kept no longer than their reader").isFalse();
            late.close();
            assertThat(TermLookups.keeps(reader)).as("nor given back to a closed reader").isFalse();
        }
    }
}
