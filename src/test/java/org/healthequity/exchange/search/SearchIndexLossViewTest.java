package org.healthequity.exchange.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.TestSearchSource;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.component.html.Paragraph;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The index folder deleted or its files overwritten while the portal runs: searches keep answering from the open
 * reader, the watcher rebuilds into a fresh folder in the background, the administration page says so, and the node
 * stays ready.
 */
class SearchIndexLossViewTest extends ViewTest {

    private static final AtomicLong IDS = new AtomicLong(3_000_000);

    @Autowired
    SearchIndex index;

    @Autowired
    SearchService search;

    @Autowired
    SearchIndexHealthIndicator readiness;

    @Autowired
    TestSearchSource source;

    private long id;

    @BeforeEach
    void aDocumentOfItsOwn() throws InterruptedException {
        index.awaitRebuild(120);
        id = IDS.incrementAndGet();
        source.put(TestSearchSource.item(id, Language.ENGLISH, "Lost folder lighthouse " + id,
                "a lighthouse keeper's clinic", Set.of(SearchDocument.PUBLIC)));
        index.update(TestSearchSource.TYPE, id);
        index.awaitSearchable();
    }

    @AfterEach
    void releaseAndRemove() throws InterruptedException {
        source.releaseRebuilds();
        index.awaitRebuild(120);
        source.remove(id);
        index.update(TestSearchSource.TYPE, id);
        index.awaitSearchable();
    }

    @Test
    void aDeletedIndexFolderIsRebuiltInTheBackgroundWhileSearchKeepsAnsweringAndTheAdminPageSaysSo()
            throws Exception {
        long before = total("lighthouse");
        assertThat(before).isPositive();
        String generation = index.generationName();
        source.holdRebuilds();

        IndexDamage.deleteTree(index.currentFolder().getParent());

        await().atMost(Duration.ofSeconds(5)).until(() -> index.progress().running()
                && index.progress().reason() == IndexRebuild.Reason.DAMAGED);
        for (int i = 0; i < 20; i++) {
            assertThat(total("lighthouse")).as("answered from the open reader").isEqualTo(before);
        }
        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);

        login("admin@example.org");
        navigate("admin/search");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).anySatisfy(text -> assertThat(text)
                .startsWith("The index is being rebuilt from the database (the index folder was deleted or damaged)."));
        logout();

        source.releaseRebuilds();
        index.awaitRebuild(120);
        assertThat(index.generationName()).isNotEqualTo(generation);
        assertThat(index.currentFolder()).isDirectory();
        assertThat(index.currentFolder().getParent().resolve("CURRENT")).hasContent(index.generationName());
        assertThat(total("lighthouse")).isEqualTo(before);
        assertThat(index.documentCount()).isEqualTo(index.expectedCount());
        assertThat(index.checkFolder()).as("the new folder is whole").isFalse();
    }

    @Test
    void overwrittenIndexFilesAreNoticedAndTheIndexRebuilt() throws Exception {
        long before = total("lighthouse");
        index.commitPending();
        String generation = index.generationName();

        IndexDamage.overwriteDataFiles(index.currentFolder());

        await().atMost(Duration.ofSeconds(5)).until(() -> !index.generationName().equals(generation));
        index.awaitRebuild(120);
        assertThat(index.progress().reason()).isEqualTo(IndexRebuild.Reason.DAMAGED);
        assertThat(index.progress().error()).isNull();
        assertThat(total("lighthouse")).isEqualTo(before);
        assertThat(index.documentCount()).isEqualTo(index.expectedCount());
    }

    private long total(String query) {
        SecurityContextHolder.clearContext();
        return search.search(new SearchRequest(query, Map.of(), SearchSort.RELEVANCE, 0, 10)).total();
    }
}
