package org.healthequity.exchange.shared.jobs;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.healthequity.exchange.workgroup.GroupLeadershipEnded;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The resubmission job hands publications no listener completed to their listener again, the old ones only. */
class UnfinishedEventsIntegrationTest extends IntegrationTest {

    @Autowired
    UnfinishedEvents unfinished;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void resubmitsAnOldUnfinishedPublicationAndLeavesAYoungOneToItsRun() {
        UUID old = publishedAndCompleted();
        UUID young = publishedAndCompleted();
        // As if the node running their listener had died: not completed, one ten minutes ago, one just now.
        unfinish(old, Duration.ofMinutes(10));
        unfinish(young, Duration.ZERO);

        unfinished.resubmitOlderThan(Duration.ofMinutes(5));

        await().atMost(Duration.ofSeconds(20)).until(() -> completed(old));
        assertThat(completed(young)).isFalse();
        jdbc.update("delete from event_publication where id = ?", young);
    }

    @Test
    void aListenerThatKeepsFailingIsRetriedLessOftenThenGivenUp() {
        UUID exhausted = publishedAndCompleted();
        UUID backingOff = publishedAndCompleted();
        UUID due = publishedAndCompleted();
        unfinish(exhausted, Duration.ofDays(4));
        unfinish(backingOff, Duration.ofHours(2));
        unfinish(due, Duration.ofHours(2));
        // Tried ten times already; tried three times, last 15 minutes ago (the fourth try waits 5 x 2^2 = 20 minutes);
        // tried three times, last 25 minutes ago.
        attempts(exhausted, 10, Duration.ofHours(1));
        attempts(backingOff, 3, Duration.ofMinutes(15));
        attempts(due, 3, Duration.ofMinutes(25));

        int givenUp = unfinished.resubmitOlderThan(Duration.ofMinutes(5));

        await().atMost(Duration.ofSeconds(20)).until(() -> completed(due));
        assertThat(givenUp).as("given up, and said so").isGreaterThanOrEqualTo(1);
        assertThat(completed(backingOff)).as("waits out its back-off").isFalse();
        assertThat(completed(exhausted)).as("left for an operator").isFalse();
        jdbc.update("delete from event_publication where id in (?, ?)", exhausted, backingOff);
    }

    private void attempts(UUID publication, int attempts, Duration lastTriedAgo) {
        jdbc.update("update event_publication set completion_attempts = ?, last_resubmission_date = ? where id = ?",
                attempts, Timestamp.from(clock.instant().minus(lastTriedAgo)), publication);
    }

    private UUID publishedAndCompleted() {
        long nobody = -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        transactions.executeWithoutResult(status -> events.publishEvent(new GroupLeadershipEnded(nobody, nobody)));
        String pattern = "%" + nobody + "%";
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("""
                select count(*) from event_publication where serialized_event like ? and completion_date is not null
                """, Integer.class, pattern) == 1);
        return jdbc.queryForObject("select id from event_publication where serialized_event like ?", UUID.class,
                pattern);
    }

    /** As a node that died while running the listener leaves it: not completed, last attempted when published. */
    private void unfinish(UUID publication, Duration age) {
        Timestamp then = Timestamp.from(clock.instant().minus(age));
        jdbc.update("""
                update event_publication set completion_date = null, status = 'PUBLISHED', publication_date = ?,
                last_resubmission_date = ?, completion_attempts = 1
                where id = ?""", then, then, publication);
    }

    private boolean completed(UUID publication) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select completion_date is not null from event_publication where id = ?", Boolean.class,
                publication));
    }
}
