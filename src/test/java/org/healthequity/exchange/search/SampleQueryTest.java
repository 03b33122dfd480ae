package org.healthequity.exchange.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample is every n-th block of the whole index, across segments, and knows its own size. */
class SampleQueryTest {

    @TempDir
    Path folder;

    @Test
    void theSampleHoldsEveryNthBlockOfTheWholeIndexAcrossSegmentsAndKnowsItsSize() throws IOException {
        try (FSDirectory directory = FSDirectory.open(folder);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer())
                        .setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < 1_000; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", Integer.toString(i), Field.Store.NO));
                writer.addDocument(doc);
                if (i % 150 == 149) {
                    writer.commit(); // segments that do not start on a block boundary
                }
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(5);
                IndexSearcher searcher = new IndexSearcher(reader);
                for (int stride = 1; stride <= 7; stride++) {
                    SampleQuery sample = new SampleQuery(stride);
                    List<Integer> sampled = sampled(searcher, sample);
                    int chosen = stride;
                    assertThat(sampled).hasSize((int) sample.size(reader.maxDoc()))
                            .allMatch(doc -> doc / SampleQuery.BLOCK % chosen == 0);
                    long expected = IntStream.range(0, reader.maxDoc())
                            .filter(doc -> doc / SampleQuery.BLOCK % chosen == 0).count();
                    assertThat(sampled).hasSize((int) expected);
                }
            }
        }
    }

    private static List<Integer> sampled(IndexSearcher searcher, SampleQuery sample) throws IOException {
        Weight weight = searcher.createWeight(sample, ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<Integer> docs = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            DocIdSetIterator iterator = scorer.iterator();
            for (int doc = iterator.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.nextDoc()) {
                docs.add(leaf.docBase + doc);
            }
        }
        return docs;
    }
}
