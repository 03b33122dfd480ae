package org.healthequity.exchange.search;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.healthequity.exchange.casestudy.CaseStudyFixture;
import org.healthequity.exchange.casestudy.CaseStudyLibrary;
import org.healthequity.exchange.moderation.ModerationQueue;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.TestSearchSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The change feed on one node: rows written with the change, applied in order and idempotently, cursor, pruning. */
class SearchChangeFeedIntegrationTest extends IntegrationTest {

    @Autowired
    private CaseStudyFixture caseStudyFixture;

    private static final AtomicLong IDS = new AtomicLong(2_000_000);

    @Autowired
    SearchChangeFeed feed;

    @Autowired
    SearchIndex index;

    @Autowired
    TestSearchSource source;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ModerationQueue queue;

    private long id;

    @BeforeEach
    void indexIsReady() throws InterruptedException {
        index.awaitRebuild(120);
        id = IDS.incrementAndGet();
    }

    @AfterEach
    void removeTestDocument() throws InterruptedException {
        source.remove(id);
        index.update(TestSearchSource.TYPE, id);
        index.awaitSearchable();
    }

    @Test
    void anApprovedCaseStudyWritesAFeedRowThatTheNodeAppliesAndRemembers() {
        CaseStudyFixture fixture = caseStudyFixture;
        long caseStudy = fixture.published(CaseStudyFixture.AUTHOR,
                CaseStudyFixture.complete("Feed row for a harbour clinic"));

        Long seq = jdbc.queryForObject("select max(seq) from search_change where source = ? and item_id = ? "
                + "and operation = 'upsert'", Long.class, CaseStudyLibrary.CONTENT_TYPE, caseStudy);
        assertThat(seq).isNotNull();
        await().atMost(Duration.ofSeconds(2)).until(() -> storedCursor() >= seq);
        assertThat(feed.appliedSeq()).isGreaterThanOrEqualTo(seq);
    }

    @Test
    void aRolledBackChangeLeavesNoFeedRow() {
        long before = rowsFor(id);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(new SearchableChanged(TestSearchSource.TYPE, id));
            status.setRollbackOnly();
        });
        assertThat(rowsFor(id)).isEqualTo(before);

        new TransactionTemplate(transactions).executeWithoutResult(
                status -> events.publishEvent(new SearchableChanged(TestSearchSource.TYPE, id, true)));
        assertThat(jdbc.queryForList("select operation from search_change where source = ? and item_id = ?",
                String.class, TestSearchSource.TYPE, id)).containsExactly("delete");
    }

    @Test
    void applyingTheSameChangeAgainLeavesOneDocument() throws Exception {
        source.put(document(id, "Idempotent lighthouse"));
        long first = changed(id);
        long second = changed(id);
        long third = changed(id);
        assertThat(first).isLessThan(second).isLessThan(third);

        await().atMost(Duration.ofSeconds(2)).until(() -> feed.appliedSeq() >= third && documentsWithKey(id) == 1);
        index.awaitSearchable();
        assertThat(documentsWithKey(id)).isEqualTo(1);

        source.remove(id);
        long removed = changed(id);
        await().atMost(Duration.ofSeconds(2)).until(() -> feed.appliedSeq() >= removed && documentsWithKey(id) == 0);
    }

    @Test
    void aChangeOfATypeThisNodeDoesNotIndexIsSkippedAndTheFeedGoesOn() {
        jdbc.update("insert into search_change (source, item_id, operation) values ('NO_SUCH_TYPE', 1, 'upsert')");
        source.put(document(id, "After an unknown type"));
        long next = changed(id);
        await().atMost(Duration.ofSeconds(2)).until(() -> feed.appliedSeq() >= next && documentsWithKey(id) == 1);
    }

    @Test
    void pruningKeepsWhatANodeSeenWithinTheRetentionHasNotApplied() {
        // Only this node and a slow one count: other tests' nodes are not waited for here.
        jdbc.update("delete from search_node_cursor where node_id <> ?", feed.nodeId());
        long a = changed(id);
        long b = changed(id);
        long c = changed(id);
        jdbc.update("update search_change set created_at = now() - interval '8 days' where seq in (?, ?, ?)", a, b,
                c);
        // Other nodes alive in this JVM (the second node of other tests) store their cursors again as they apply
        // these rows; waiting until every node has stored one past them keeps those nodes from holding the prune back.
        await().atMost(Duration.ofSeconds(5)).until(() -> storedCursor() >= c && jdbc.queryForObject(
                "select coalesce(min(last_seq), ?) from search_node_cursor", Long.class, c) >= c);
        jdbc.update("insert into search_node_cursor (node_id, last_seq, updated_at) values ('slow-node', ?, now())",
                a);

        feed.prune(now());
        assertThat(seqsAmong(a, b, c)).containsExactly(b, c);
        assertThat(prunedThrough()).isEqualTo(a);

        // A node not seen within the retention holds nothing back (it rebuilds when it returns).
        jdbc.update("update search_node_cursor set updated_at = now() - interval '8 days' where node_id = 'slow-node'");
        feed.prune(now());
        assertThat(seqsAmong(a, b, c)).isEmpty();
        assertThat(prunedThrough()).isEqualTo(c);
        assertThat(feed.headSeq()).isGreaterThanOrEqualTo(c);
        jdbc.update("delete from search_node_cursor where node_id = 'slow-node'");
    }

    @Test
    void theLagIsTheChangesThisNodeHasNotAppliedYet() {
        long seq = changed(id);
        await().atMost(Duration.ofSeconds(2)).until(() -> feed.appliedSeq() >= seq);
        SearchChangeFeed.Lag lag = feed.lag();
        assertThat(lag.headSeq()).isGreaterThanOrEqualTo(seq);
        assertThat(lag.rows()).isEqualTo(lag.headSeq() - lag.appliedSeq());
    }

    private long changed(long itemId) {
        new TransactionTemplate(transactions).executeWithoutResult(
                status -> events.publishEvent(new SearchableChanged(TestSearchSource.TYPE, itemId)));
        Long seq = jdbc.queryForObject("select max(seq) from search_change where source = ? and item_id = ?",
                Long.class, TestSearchSource.TYPE, itemId);
        return seq == null ? -1 : seq;
    }

    private long rowsFor(long itemId) {
        Long rows = jdbc.queryForObject("select count(*) from search_change where source = ? and item_id = ?",
                Long.class, TestSearchSource.TYPE, itemId);
        return rows == null ? 0 : rows;
    }

    private List<Long> seqsAmong(long... seqs) {
        return jdbc.queryForList("select seq from search_change where seq = any(?) order by seq", Long.class,
                (Object) Arrays.stream(seqs).boxed().toArray(Long[]::new));
    }

    private long storedCursor() {
        Long cursor = jdbc.queryForObject("select coalesce(max(last_seq), -1) from search_node_cursor where "
                + "node_id = ?", Long.class, feed.nodeId());
        return cursor == null ? -1 : cursor;
    }

    private long prunedThrough() {
        Long through = jdbc.queryForObject("select through_seq from search_change_pruned", Long.class);
        return through == null ? -1 : through;
    }

    private Instant now() {
        return jdbc.queryForObject("select now()", Timestamp.class).toInstant();
    }

    private long documentsWithKey(long itemId) throws IOException {
        return index.search(searcher -> (long) searcher.count(
                new TermQuery(new Term(Documents.KEY, SearchDocument.key(TestSearchSource.TYPE, itemId)))));
    }

    private static SearchDocument document(long itemId, String title) {
        return TestSearchSource.item(itemId, Language.ENGLISH, title, "feed test " + itemId,
                Set.of(SearchDocument.PUBLIC));
    }
}
