package org.healthequity.exchange.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.TestSearchSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** A node whose index is being filled from nothing is not ready; a rebuild beside a usable index keeps it ready. */
class SearchIndexReadinessTest {

    @TempDir
    Path data;

    private final TestSearchSource source = new TestSearchSource();

    @Test
    void aNodeIsNotReadyUntilItsMissingIndexIsFilledFromTheDatabase() throws Exception {
        fill(1, 3);
        SearchIndex index = open();
        SearchIndexHealthIndicator readiness = new SearchIndexHealthIndicator(index);
        assertThat(readiness.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        index.checkAgainstDatabase();
        index.awaitRebuild(30);

        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
        assertThat(index.documentCount()).isEqualTo(3);
        index.destroy();
    }

    @Test
    void aRebuildBesideAUsableIndexKeepsTheNodeReady() throws Exception {
        fill(1, 2);
        SearchIndex first = open();
        first.checkAgainstDatabase();
        first.awaitRebuild(30);
        first.destroy();
        // Far more than a check for stale documents would add one by one: a rebuild.
        fill(3, 300);

        SearchIndex second = open();
        SearchIndexHealthIndicator readiness = new SearchIndexHealthIndicator(second);
        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
        second.checkAgainstDatabase();
        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
        assertThat(second.progress().reason()).isEqualTo(IndexRebuild.Reason.BEHIND);
        second.awaitRebuild(30);
        assertThat(second.documentCount()).isEqualTo(300);
        second.destroy();
    }

    private SearchIndex open() throws IOException {
        ExchangeProperties properties = new ExchangeProperties(data, null, null, null, null, null, null);
        return new SearchIndex(properties, new Analyzers(), List.of(source), Clock.systemUTC());
    }

    private void fill(long from, long to) {
        for (long id = from; id <= to; id++) {
            source.put(TestSearchSource.item(id, Language.ENGLISH, "Item " + id,
                    "housing and health " + id, Set.of(SearchDocument.PUBLIC)));
        }
    }
}
