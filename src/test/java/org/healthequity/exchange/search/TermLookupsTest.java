package org.healthequity.exchange.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
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
}
