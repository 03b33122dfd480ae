package org.healthequity.exchange.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.TestSearchSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The index on disk rebuilds itself from the source of truth when it is deleted, corrupted or of an older schema. */
class SearchIndexRecoveryTest {

    @TempDir
    Path data;

    private final TestSearchSource source = new TestSearchSource();

    @Test
    void aMissingIndexIsBuiltFromTheDatabase() throws Exception {
        fill(3);
        SearchIndex index = open();
        index.checkAgainstDatabase();
        index.awaitRebuild(30);
        assertThat(index.documentCount()).isEqualTo(3);
        index.destroy();
    }

    @Test
    void aDeletedIndexIsRebuiltAtTheNextStart() throws Exception {
        fill(4);
        SearchIndex first = startedAndBuilt();
        String generation = first.generationName();
        first.destroy();
        deleteTree(data.resolve("search").resolve(generation));

        SearchIndex second = startedAndBuilt();
        assertThat(second.documentCount()).isEqualTo(4);
        assertThat(matchAll(second)).isEqualTo(4);
        second.destroy();
    }

    @Test
    void aCorruptedIndexFailsItsCheckAndIsRebuilt() throws Exception {
        fill(5);
        SearchIndex first = startedAndBuilt();
        Path folder = data.resolve("search").resolve(first.generationName());
        first.destroy();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("segments")
                    && !f.getFileName().toString().equals("write.lock")).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (int i = bytes.length / 3; i < bytes.length / 3 + 16 && i < bytes.length; i++) {
                    bytes[i] = (byte) ~bytes[i];
                }
                Files.write(file, bytes);
            }
        }

        SearchIndex second = startedAndBuilt();
        assertThat(second.generationName()).isNotEqualTo(folder.getFileName().toString());
        assertThat(matchAll(second)).isEqualTo(5);
        second.destroy();
    }

    @Test
    void anIndexThatMissesDocumentsGetsThemAtStart() throws Exception {
        fill(2);
        SearchIndex first = startedAndBuilt();
        first.destroy();
        fill(3, 6);

        SearchIndex second = startedAndBuilt();
        assertThat(second.documentCount()).isEqualTo(6);
        assertThat(second.lastStaleCheck()).as("a few missing documents are added, not a whole rebuild")
                .satisfies(check -> assertThat(check.fixedByType()).containsEntry(TestSearchSource.TYPE, 4L));
        second.destroy();
    }

    @Test
    void anIndexThatMissesMostDocumentsIsRebuiltAtStart() throws Exception {
        fill(2);
        SearchIndex first = startedAndBuilt();
        first.destroy();
        fill(300);

        SearchIndex second = startedAndBuilt();
        assertThat(second.documentCount()).isEqualTo(300);
        assertThat(second.progress().reason()).isEqualTo(IndexRebuild.Reason.BEHIND);
        second.destroy();
    }

    @Test
    void anItemChangedWithoutAnEventIsFoundStaleByItsHashAndIndexedAgain() throws Exception {
        fill(3);
        SearchIndex index = startedAndBuilt();
        // Changed in the database with no event (a row edited by hand): the count is the same as before.
        source.put(TestSearchSource.item(2, Language.ENGLISH, "Quiet quokka", "housing and health 2",
                Set.of(SearchDocument.PUBLIC)));
        assertThat(titled(index, "quokka")).isZero();

        assertThat(index.startStaleCheck()).isTrue();
        index.awaitStaleCheck(30);
        index.awaitSearchable();

        assertThat(titled(index, "quokka")).isEqualTo(1);
        assertThat(index.lastStaleCheck()).satisfies(check -> {
            assertThat(check.checked()).isEqualTo(3);
            assertThat(check.fixed()).isEqualTo(1);
        });
        index.destroy();
    }

    @Test
    void anItemGoneFromTheDatabaseIsRemovedByTheCheck() throws Exception {
        fill(3);
        SearchIndex index = startedAndBuilt();
        source.remove(3);

        assertThat(index.startStaleCheck()).isTrue();
        index.awaitStaleCheck(30);
        index.awaitSearchable();

        assertThat(matchAll(index)).isEqualTo(2);
        assertThat(index.lastStaleCheck()).satisfies(check -> assertThat(check.fixed()).isEqualTo(1));
        index.destroy();
    }

    @Test
    void aCurrentIndexIsFoundCurrent() throws Exception {
        fill(3);
        SearchIndex index = startedAndBuilt();

        assertThat(index.startStaleCheck()).isTrue();
        index.awaitStaleCheck(30);

        assertThat(index.lastStaleCheck()).satisfies(check -> {
            assertThat(check.checked()).isEqualTo(3);
            assertThat(check.fixed()).isZero();
        });
        index.destroy();
    }

    private SearchIndex startedAndBuilt() throws Exception {
        SearchIndex index = open();
        index.checkAgainstDatabase();
        index.awaitRebuild(30);
        index.awaitStaleCheck(30);
        index.awaitSearchable();
        return index;
    }

    private static long titled(SearchIndex index, String word) throws IOException {
        return index.search(searcher -> (long) searcher.count(
                new TermQuery(new Term(Analyzers.title(Language.ENGLISH), word))));
    }

    private SearchIndex open() throws IOException {
        ExchangeProperties properties = new ExchangeProperties(data, null, null, null, null, null, null);
        return new SearchIndex(properties, new Analyzers(), List.of(source), Clock.systemUTC());
    }

    private static long matchAll(SearchIndex index) throws IOException {
        return index.search(searcher -> (long) searcher.count(new MatchAllDocsQuery()));
    }

    private void fill(int count) {
        fill(1, count);
    }

    private void fill(int first, int last) {
        for (long id = first; id <= last; id++) {
            source.put(TestSearchSource.item(id, Language.ENGLISH, "Item " + id,
                    "housing and health " + id, Set.of(SearchDocument.PUBLIC)));
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
