package org.healthequity.exchange.shared.security;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.UUID;

import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A scheduled job whose lock another node holds does not run here; once the lock is free, it does. */
class CleanupJobLockIntegrationTest extends IntegrationTest {

    @Autowired
    RateLimiter rateLimiter;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void cleanupSkipsItsRunWhileAnotherNodeHoldsTheLock() {
        String key = "lock-test-" + UUID.randomUUID();
        jdbc.update("insert into rate_limit (limit_key, window_start, used) values (?, ?, 1)", key,
                clock.instant().minus(Duration.ofDays(3)).atOffset(ZoneOffset.UTC));
        jdbc.update("""
                insert into shedlock (name, lock_until, locked_at, locked_by)
                values ('rate-limit-cleanup', timezone('utc', now()) + interval '10 minutes', timezone('utc', now()),
                        'node-b')
                on conflict (name) do update set lock_until = excluded.lock_until, locked_at = excluded.locked_at,
                    locked_by = excluded.locked_by""");

        rateLimiter.scheduledCleanup();
        assertThat(jdbc.queryForObject("select count(*) from rate_limit where limit_key = ?", Integer.class, key))
                .isOne();

        // node B finished (or died and its lockAtMostFor ran out)
        jdbc.update("update shedlock set lock_until = timezone('utc', now()) - interval '1 second' "
                + "where name = 'rate-limit-cleanup'");
        rateLimiter.scheduledCleanup();
        assertThat(jdbc.queryForObject("select count(*) from rate_limit where limit_key = ?", Integer.class, key))
                .isZero();
        assertThat(jdbc.queryForObject("select locked_by from shedlock where name = 'rate-limit-cleanup'",
                String.class)).isNotEqualTo("node-b");
    }
}
