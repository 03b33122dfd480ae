package org.healthequity.exchange.shared.jobs;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.healthequity.exchange.shared.events.GroupLeadershipEnded;
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

    private void unfinish(UUID publication, Duration age) {
        jdbc.update("""
                update event_publication set completion_date = null, status = 'PUBLISHED', publication_date = ?
                where id = ?""", Timestamp.from(clock.instant().minus(age)), publication);
    }

    private boolean completed(UUID publication) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select completion_date is not null from event_publication where id = ?", Boolean.class,
                publication));
    }
}
