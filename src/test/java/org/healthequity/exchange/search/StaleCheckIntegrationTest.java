package org.healthequity.exchange.search;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.TestSearchSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The index the change feed keeps holds every item as its source reads it now: every change the modules make tells
 * search, and a source reads an item the same whether in bulk or alone, so the check for stale documents finds
 * nothing, however often it runs. Other tests' items of the test type are left out: they are written by hand.
 */
class StaleCheckIntegrationTest extends IntegrationTest {

    private static final Duration FEED = Duration.ofSeconds(60);

    @Autowired
    SearchIndex index;

    @Autowired
    SearchChangeFeed feed;

    @Autowired
    List<SearchSource> sources;

    @Test
    void everySourceReadsAnItemTheSameInBulkAsAlone() {
        for (SearchSource source : realSources()) {
            Map<Long, Set<String>> bulk = new HashMap<>();
            source.forEach(document -> bulk.computeIfAbsent(document.contentId(), id -> new TreeSet<>())
                    .add(document.contentHash()));
            bulk.forEach((id, hashes) -> {
                Set<String> alone = source.variants(id).stream().map(SearchDocument::contentHash)
                        .collect(Collectors.toCollection(TreeSet::new));
                assertThat(alone).as("%s read alone", SearchDocument.key(source.type(), id)).isEqualTo(hashes);
            });
        }
    }

    @Test
    void aCheckOfTheIndexedDataFindsNothingStaleAndASecondCheckAgrees() throws Exception {
        for (String check : new String[] {"the first check", "the second check"}) {
            awaitFeedApplied();
            await().atMost(FEED).until(index::startStaleCheck);
            index.awaitStaleCheck(FEED.toSeconds());
            assertThat(index.lastStaleCheck()).as(check).isNotNull().satisfies(result -> assertThat(
                    result.fixedByType()).as("%s (the log names the first items)", check)
                    .doesNotContainKeys(realSources().stream().map(SearchSource::type).toArray(String[]::new)));
        }
    }

    /** What the tests before changed has reached the index, so only what no event reported can be stale. */
    private void awaitFeedApplied() throws InterruptedException {
        await().atMost(FEED).until(() -> {
            feed.pollSoon();
            return feed.lag().rows() == 0;
        });
        index.awaitSearchable();
    }

    private List<SearchSource> realSources() {
        return sources.stream().filter(source -> !source.type().equals(TestSearchSource.TYPE)).toList();
    }
}
