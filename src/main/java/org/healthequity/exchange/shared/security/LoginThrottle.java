package org.healthequity.exchange.shared.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing per account and per network address: after a few free failures each further attempt
 * must wait twice as long as the last, up to a cap. Never a permanent lock-out, so nobody can lock a colleague out.
 * Kept in memory: on a single node this is enough, and a restart only forgets the delays (docs/adr/0004).
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration FIRST_DELAY = Duration.ofSeconds(2);
    static final Duration MAX_DELAY = Duration.ofMinutes(2);
    static final Duration FORGET_AFTER = Duration.ofMinutes(30);
    private static final int MAX_ENTRIES = 100_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must still wait before trying this account from this address; zero when free to try. */
    public Duration waitBeforeAttempt(String username, String address) {
        Duration account = waitFor(accountKey(username));
        Duration network = waitFor(addressKey(address));
        return account.compareTo(network) >= 0 ? account : network;
    }

    public void recordFailure(String username, String address) {
        if (failures.size() > MAX_ENTRIES) {
            forgetOld();
        }
        Instant now = clock.instant();
        failures.merge(accountKey(username), new Failures(1, now), (old, one) -> new Failures(old.count + 1, now));
        failures.merge(addressKey(address), new Failures(1, now), (old, one) -> new Failures(old.count + 1, now));
    }

    public void recordSuccess(String username) {
        failures.remove(accountKey(username));
    }

    static Duration delayAfter(int failureCount) {
        if (failureCount < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failureCount - FREE_FAILURES, 20);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private Duration waitFor(String key) {
        Failures entry = failures.get(key);
        if (entry == null) {
            return Duration.ZERO;
        }
        Duration remaining = Duration.between(clock.instant(), entry.last.plus(delayAfter(entry.count)));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    @Scheduled(fixedDelay = 300_000)
    void forgetOld() {
        Instant cutoff = clock.instant().minus(FORGET_AFTER);
        failures.values().removeIf(entry -> entry.last.isBefore(cutoff));
    }

    private static String accountKey(String username) {
        return "account:" + username.trim().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
