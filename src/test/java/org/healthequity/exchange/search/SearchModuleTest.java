package org.healthequity.exchange.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.TestSearchSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The search module on its own receiving the change events of the modules whose content it indexes: a change becomes
 * a row of the change feed that the node applies to its index. A test content type stands in for the modules. The
 * database is the integration tests' PostgreSQL; the index lives in a folder of this context's own.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
@TestPropertySource(properties = { "exchange.data-dir=target/module-test-data/search",
        // Only the modules of this test are present, so some of the readiness group may be missing.
        "management.endpoint.health.validate-group-membership=false" })
@Import(TestSearchSource.class)
class SearchModuleTest {

    private static final long ID = 880_000 + (System.nanoTime() % 10_000);

    @Autowired
    SearchService search;

    @Autowired
    SearchIndex index;

    @Autowired
    SearchChangeFeed feed;

    @Autowired
    TestSearchSource source;

    /** The member module's accounts, which shared security asks for and this test does not bootstrap. */
    @MockitoBean
    UserDetailsService users;

    @BeforeEach
    void indexIsReady() throws InterruptedException {
        index.awaitRebuild(120);
    }

    @AfterEach
    void removeTestDocument() throws InterruptedException {
        source.remove(ID);
        index.update(TestSearchSource.TYPE, ID);
        index.awaitSearchable();
    }

    @Test
    void changedContentIsFoundOnceItsChangeIsApplied(Scenario scenario) {
        String word = "quokka" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[^a-z]", "x");
        source.put(TestSearchSource.item(ID, Language.ENGLISH, "The " + word + " survey", "Counted on an island",
                Set.of(SearchDocument.PUBLIC)));

        scenario.publish(new SearchableChanged(TestSearchSource.TYPE, ID))
                .andWaitForStateChange(() -> found(word), total -> total > 0)
                .andVerify(total -> assertThat(total).isEqualTo(1L));
    }

    @Test
    void removedContentLeavesTheIndex(Scenario scenario) throws InterruptedException {
        String word = "wallaby" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[^a-z]", "x");
        source.put(TestSearchSource.item(ID, Language.ENGLISH, "The " + word + " count", "Counted in the hills",
                Set.of(SearchDocument.PUBLIC)));
        index.update(TestSearchSource.TYPE, ID);
        index.awaitSearchable();
        assertThat(found(word)).isEqualTo(1L);
        source.remove(ID);

        scenario.publish(new SearchableChanged(TestSearchSource.TYPE, ID, true))
                .andWaitForStateChange(() -> found(word), total -> total == 0L)
                .andVerify(total -> assertThat(feed.appliedSeq()).isPositive());
    }

    private long found(String word) {
        return search.search(new SearchRequest(word, Map.of(), SearchSort.RELEVANCE, 0, 10)).total();
    }
}
