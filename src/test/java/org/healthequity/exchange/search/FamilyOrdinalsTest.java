package org.healthequity.exchange.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FamilyOrdinalsTest {

    @Test
    void aFamilyWhoseMembersSitInDifferentSegmentsHasOneNumber() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer())
                        .setMergePolicy(NoMergePolicy.INSTANCE))) {
            List<List<String>> segments = List.of(List.of("family-a", "family-b"), List.of("family-b", "family-c"),
                    List.of());
            for (List<String> segment : segments) {
                for (String family : segment) {
                    Document doc = new Document();
                    doc.add(new SortedDocValuesField(Documents.GROUP, new BytesRef(family)));
                    writer.addDocument(doc);
                }
                // An item of no family, so that even the last segment exists.
                writer.addDocument(new Document());
                writer.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSize(3);
                FamilyOrdinals.Global families = new FamilyOrdinals().of(reader);

                assertThat(families.count()).isEqualTo(3);
                Set<Long> numbers = new HashSet<>();
                List<Long> ofB = new ArrayList<>();
                for (LeafReaderContext leaf : reader.leaves()) {
                    SortedDocValues values = leaf.reader().getSortedDocValues(Documents.GROUP);
                    if (values == null) {
                        continue;
                    }
                    LongValues global = families.ofLeaf(leaf.ord);
                    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                        long number = global.get(values.ordValue());
                        numbers.add(number);
                        if (values.lookupOrd(values.ordValue()).utf8ToString().equals("family-b")) {
                            ofB.add(number);
                        }
                    }
                }
                assertThat(numbers).hasSize(3);
                assertThat(ofB).hasSize(2).containsOnly(ofB.getFirst());
            }
        }
    }
}
