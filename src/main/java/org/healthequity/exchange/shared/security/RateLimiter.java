package org.healthequity.exchange.shared.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Counts uses of an action per key in fixed windows, in the database so that every node shares the counts: how many
 * registration mails one address may receive in an hour, how many a client address may trigger. The check and the
 * count are one atomic statement, so parallel requests cannot overrun the limit.
 */
@Component
public class RateLimiter {

    private static final Duration LONGEST_WINDOW = Duration.ofDays(2);

    // A window that has run out starts again at this use; otherwise the use is counted in the current window.
    private static final String COUNT = """
            insert into rate_limit (limit_key, window_start, used) values (:key, :now, 1)
            on conflict (limit_key) do update
               set used = case when rate_limit.window_start <= :expired then 1 else rate_limit.used + 1 end,
                   window_start = case when rate_limit.window_start <= :expired then excluded.window_start
                                       else rate_limit.window_start end
            returning used, window_start""";

    private final JdbcClient jdbc;
    private final Clock clock;

    RateLimiter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The outcome of counting one use.
     *
     * @param allowed whether the use is within the limit
     * @param retryAfter how long until the current window ends and the limit frees (at least a second when refused)
     */
    public record Permit(boolean allowed, Duration retryAfter) {
    }

    /**
     * Counts one use of the action named by {@code key}.
     *
     * @return whether this use is within {@code limit} uses per {@code window}; a refused use still counts, so
     *         hammering does not open the window sooner
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean tryAcquire(String key, int limit, Duration window) {
        return acquire(key, limit, window).allowed();
    }

    /** Counts one use as {@link #tryAcquire} does, and says when the window ends (for {@code Retry-After}). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Permit acquire(String key, int limit, Duration window) {
        if (window.compareTo(LONGEST_WINDOW) > 0) {
            throw new IllegalArgumentException("Windows longer than " + LONGEST_WINDOW + " are forgotten too early");
        }
        Instant now = clock.instant();
        return jdbc.sql(COUNT)
                .param("key", key.length() <= 200 ? key : Hashes.sha256Hex(key))
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("expired", now.minus(window).atOffset(ZoneOffset.UTC))
                .query((rs, i) -> {
                    Instant ends = rs.getTimestamp("window_start").toInstant().plus(window);
                    Duration left = Duration.between(now, ends);
                    boolean allowed = rs.getInt("used") <= limit;
                    return new Permit(allowed, allowed || left.compareTo(Duration.ofSeconds(1)) >= 0 ? left
                            : Duration.ofSeconds(1));
                })
                .single();
    }

    /** On one node at a time (docs/adr/0013-jobs-on-several-nodes.md). */
    @Scheduled(fixedDelay = 3_600_000, initialDelay = 600_000)
    @SchedulerLock(name = "rate-limit-cleanup", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    @Transactional
    void scheduledCleanup() {
        forgetOld();
    }

    @Transactional
    public void forgetOld() {
        jdbc.sql("delete from rate_limit where window_start < :cutoff")
                .param("cutoff", clock.instant().minus(LONGEST_WINDOW).atOffset(ZoneOffset.UTC)).update();
    }
}
