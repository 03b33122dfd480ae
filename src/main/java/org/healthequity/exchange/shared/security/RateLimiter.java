package org.healthequity.exchange.shared.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * TEMPORARY stand-in with the API of the lead's database-backed limiter (coming to main as "RateLimiter"); replaced
 * by main's class when merged. Counts in memory, per key, within a sliding window of the injected clock.
 */
@Component
public class RateLimiter {

    private final Map<String, Deque<Instant>> hits = new ConcurrentHashMap<>();
    private final Clock clock;

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Takes one of {@code limit} permits of the key for the window; false when none is left. */
    public boolean tryAcquire(String key, int limit, Duration window) {
        Instant now = clock.instant();
        Deque<Instant> times = hits.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
