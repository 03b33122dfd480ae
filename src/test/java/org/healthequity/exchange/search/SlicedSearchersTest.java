package org.healthequity.exchange.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class SlicedSearchersTest {

    private static final int SEGMENTS = 5;
    private static final int PER_SEGMENT = 12_000;

    @Test
    void aLargeIndexIsSearchedInOneSliceOfWholeSegmentsPerCoreAndFindsWhatOneThreadFinds() throws IOException {
        try (Directory directory = new ByteBuffersDirectory(); IndexWriter writer = new IndexWriter(directory,
                new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int segment = 0; segment < SEGMENTS; segment++) {
                for (int i = 0; i < PER_SEGMENT; i++) {
                    int n = segment * PER_SEGMENT + i;
                    Document doc = new Document();
                    doc.add(new StringField("id", Integer.toString(n), Field.Store.YES));
                    doc.add(new TextField("body", (n % 3 == 0 ? "housing " : "") + (n % 7 == 0 ? "health " : "")
                            + "word" + n % 101 + (n % 11 == 0 ? " health" : ""), Field.Store.NO));
                    writer.addDocument(doc);
                }
                writer.flush();
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher sliced = new SlicedSearchers().newSearcher(reader, null);
                IndexSearcher alone = new IndexSearcher(reader);
                int cores = Runtime.getRuntime().availableProcessors();

                assertThat(reader.leaves()).hasSize(SEGMENTS);
                assertThat(sliced.getSlices()).as("one slice per core, of whole segments")
                        .hasSize(Math.min(cores, SEGMENTS));
                assertThat(alone.getSlices()).hasSize(1);
                Query query = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("body", "health")), BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term("body", "housing")), BooleanClause.Occur.SHOULD).build();
                TopDocs fromSlices = sliced.search(query, new TopScoreDocCollectorManager(20, Integer.MAX_VALUE));
                TopDocs fromOne = alone.search(query, new TopScoreDocCollectorManager(20, Integer.MAX_VALUE));
                assertThat(fromSlices.totalHits).isEqualTo(fromOne.totalHits);
                assertThat(fromSlices.totalHits.value()).isPositive();
                assertThat(fromSlices.scoreDocs).extracting(d -> d.doc)
                        .containsExactly(Arrays.stream(fromOne.scoreDocs).map(d -> d.doc).toArray(Integer[]::new));
                assertThat(sliced.count(query)).isEqualTo(alone.count(query));
            }
        }
    }

    @Test
    void aSmallIndexStaysOneSliceSearchedOnTheCallersThread() throws IOException {
        try (Directory directory = new ByteBuffersDirectory(); IndexWriter writer = new IndexWriter(directory,
                new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < 100; i++) {
                Document doc = new Document();
                doc.add(new TextField("body", "health " + i, Field.Store.NO));
                writer.addDocument(doc);
                if (i % 25 == 24) {
                    writer.flush();
                }
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(new SlicedSearchers().newSearcher(reader, null).getSlices()).hasSize(1);
            }
        }
    }
}
