package org.healthequity.exchange.search;

import java.time.Duration;
import java.util.Map;

import org.healthequity.exchange.casestudy.CaseStudyAuthoring;
import org.healthequity.exchange.casestudy.CaseStudyFixture;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.RunningNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes, each with its own index, fed by the change feed in the one database: node A is the shared test context,
 * node B a second context of the application with its own data folder and node id.
 */
class SearchAcrossNodesIntegrationTest extends IntegrationTest {

    @Autowired
    private CaseStudyFixture caseStudyFixture;

    private static final String NODE_B = "node-b";

    @RegisterExtension
    static final RunningNode nodeB = RunningNode.named(NODE_B);

    @Autowired
    SearchChangeFeed feed;

    @Autowired
    SearchIndex index;

    @Autowired
    CaseStudyAuthoring authoring;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void bothNodesRun() throws InterruptedException {
        index.awaitRebuild(120);
        nodeB.bean(SearchIndex.class).awaitRebuild(120);
    }

    @Test
    void aCaseStudyApprovedOnOneNodeIsFoundOnTheOtherWithinTwoSeconds() {
        long id = approvedOnNodeA("Okavango floodplain clinics");

        await().atMost(Duration.ofSeconds(2)).until(() -> totalOnNodeB("okavango") == 1);
        SearchResult result = nodeB.bean(SearchService.class).search(request("okavango"));
        assertThat(result.hits()).extracting(SearchResult.Hit::link).containsExactly("case-studies/" + id);
    }

    @Test
    void aNodeThatWasDownCatchesUpFromTheFeedWhenItStarts() {
        String generation = nodeB.bean(SearchIndex.class).generationName();
        nodeB.stop();

        approvedOnNodeA("Tsavo mobile dental vans");
        approvedOnNodeA("Serengeti nurse housing");

        SearchIndex indexB = nodeB.bean(SearchIndex.class);
        assertThat(indexB.progress().reason()).as("caught up without a rebuild").isNull();
        assertThat(indexB.generationName()).isEqualTo(generation);
        await().atMost(Duration.ofSeconds(2)).until(() -> totalOnNodeB("tsavo") == 1 && totalOnNodeB("serengeti") == 1);
        assertThat(cursorOf(NODE_B)).isGreaterThanOrEqualTo(lastChange());
    }

    @Test
    void aNodeWhoseMissedChangesWerePrunedRebuildsFromTheDatabase() throws Exception {
        String generation = nodeB.bean(SearchIndex.class).generationName();
        nodeB.stop();

        approvedOnNodeA("Kalahari water point surveys");
        long head = lastChange();
        await().atMost(Duration.ofSeconds(2)).until(() -> feed.appliedSeq() >= head);
        // The rows node B missed are gone: its cursor is older than the oldest row the feed keeps.
        jdbc.update("update search_node_cursor set last_seq = 0 where node_id = ?", NODE_B);
        jdbc.update("delete from search_change where seq <= ?", head);
        jdbc.update("update search_change_pruned set through_seq = greatest(through_seq, ?)", head);

        SearchIndex indexB = nodeB.bean(SearchIndex.class);
        assertThat(indexB.progress().reason()).isEqualTo(IndexRebuild.Reason.BEHIND);
        indexB.awaitRebuild(120);
        assertThat(indexB.generationName()).isNotEqualTo(generation);
        assertThat(totalOnNodeB("kalahari")).isEqualTo(1);
        assertThat(indexB.documentCount()).isEqualTo(indexB.expectedCount());
        assertThat(cursorOf(NODE_B)).isGreaterThanOrEqualTo(head);

        approvedOnNodeA("Namib fog-harvesting health posts");
        await().atMost(Duration.ofSeconds(2)).until(() -> totalOnNodeB("namib") == 1);
    }

    private long approvedOnNodeA(String title) {
        inAnHourOfItsOwn();
        CaseStudyFixture fixture = caseStudyFixture;
        long id = fixture.published(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete(title));
        SecurityContextHolder.clearContext();
        return id;
    }

    private long totalOnNodeB(String query) {
        SecurityContextHolder.clearContext();
        return nodeB.bean(SearchService.class).search(request(query)).total();
    }

    private long lastChange() {
        Long head = jdbc.queryForObject("select max(seq) from search_change", Long.class);
        return head == null ? 0 : head;
    }

    private long cursorOf(String node) {
        Long cursor = jdbc.queryForObject("select last_seq from search_node_cursor where node_id = ?", Long.class,
                node);
        return cursor == null ? -1 : cursor;
    }

    private static SearchRequest request(String query) {
        return new SearchRequest(query, Map.of(), SearchSort.RELEVANCE, 0, 10);
    }
}
