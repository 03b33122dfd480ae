package org.healthequity.exchange.search;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.TestSearchSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault scenarios (profile {@code faults}): the index folder of the running portal is deleted ({@code index-lost}), or
 * its committed files are overwritten ({@code index-corrupt}), while two threads keep searching. Each prints
 * {@code FAULT <name> ok=<true|false> searches=N failed_searches=N rebuilt_in_ms=N documents=N}: a failed search is
 * one that threw or answered another total than before the fault.
 */
class IndexLossFaultScenario extends IntegrationTest {

    private static final int DOCUMENTS = 5_000;
    private static final long FIRST_ID = 5_000_000;

    @Autowired
    SearchIndex index;

    @Autowired
    SearchService search;

    @Autowired
    TestSearchSource source;

    @BeforeEach
    void manyDocuments() throws InterruptedException {
        index.awaitRebuild(300);
        for (long id = FIRST_ID; id < FIRST_ID + DOCUMENTS; id++) {
            source.put(TestSearchSource.item(id, Language.ENGLISH, "Fault drill clinic " + id,
                    "community lighthouse clinic number " + id + " serving coastal households",
                    Set.of(SearchDocument.PUBLIC)));
        }
        assertThat(index.startRebuild()).isTrue();
        index.awaitRebuild(300);
        index.commitPending();
    }

    @AfterEach
    void fewerDocuments() throws InterruptedException {
        for (long id = FIRST_ID; id < FIRST_ID + DOCUMENTS; id++) {
            source.remove(id);
        }
        index.startRebuild();
        index.awaitRebuild(300);
    }

    @Test
    void indexFolderDeletedWhileRunning() throws Exception {
        run("index-lost", () -> IndexDamage.deleteTree(index.currentFolder().getParent()));
    }

    @Test
    void indexFilesOverwrittenWhileRunning() throws Exception {
        run("index-corrupt", () -> IndexDamage.overwriteDataFiles(index.currentFolder()));
    }

    private interface Fault {
        void strike() throws Exception;
    }

    private void run(String name, Fault fault) throws Exception {
        String only = System.getProperty("fault.only", "");
        Assumptions.assumeTrue(only.isBlank() || only.startsWith("${") || only.equals(name), "only " + only);
        long expected = total();
        assertThat(expected).isEqualTo(DOCUMENTS);
        String generation = index.generationName();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong searches = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ExecutorService readers = Executors.newFixedThreadPool(2);
        List<Future<?>> loops = List.of(readers.submit(() -> read(stop, expected, searches, failed)),
                readers.submit(() -> read(stop, expected, searches, failed)));

        long start = System.nanoTime();
        fault.strike();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> !index.generationName().equals(generation) && !index.progress().running());
        long rebuiltMs = (System.nanoTime() - start) / 1_000_000;
        // Searches go on a little on the new index too.
        long after = searches.get();
        await().atMost(Duration.ofSeconds(30)).until(() -> searches.get() > after + 100);
        stop.set(true);
        for (Future<?> loop : loops) {
            loop.get();
        }
        readers.shutdown();

        long documents = index.documentCount();
        boolean ok = failed.get() == 0 && searches.get() > 0 && documents == index.expectedCount()
                && index.progress().error() == null && index.progress().reason() == IndexRebuild.Reason.DAMAGED
                && Path.of(index.currentFolder().toString()).toFile().isDirectory();
        System.out.println("FAULT " + name + " ok=" + ok + " searches=" + searches.get() + " failed_searches="
                + failed.get() + " rebuilt_in_ms=" + rebuiltMs + " documents=" + documents);
        assertThat(ok).as(name).isTrue();
    }

    private void read(AtomicBoolean stop, long expected, AtomicLong searches, AtomicLong failed) {
        while (!stop.get()) {
            try {
                if (total() != expected) {
                    failed.incrementAndGet();
                }
            } catch (RuntimeException e) {
                failed.incrementAndGet();
            }
            searches.incrementAndGet();
        }
    }

    private long total() {
        SecurityContextHolder.clearContext();
        return search.search(new SearchRequest("lighthouse", Map.of(), SearchSort.RELEVANCE, 0, 10)).total();
    }
}
