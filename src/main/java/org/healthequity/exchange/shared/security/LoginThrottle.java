package org.healthequity.exchange.shared.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Slows down password guessing per account and per network address: after a few free attempts each further attempt
 * must wait twice as long as the last, up to a cap. Never a permanent lock-out, so nobody can lock a colleague out.
 * <p>
 * An attempt is <em>reserved</em> before the password is looked at, in one atomic statement per key, so a burst of
 * parallel attempts cannot all slip through before the first failure is counted; a successful sign-in gives the
 * reservation back. The counts live in the database, shared by every node (docs/adr/0011). The account key uses the
 * same normalisation as the account lookup ({@link EmailAddresses}), so no spelling of an address gets attempts of its
 * own.
 */
@Component
public class LoginThrottle {

    static final int FREE_ATTEMPTS = 3;
    static final Duration FIRST_DELAY = Duration.ofSeconds(2);
    static final Duration MAX_DELAY = Duration.ofMinutes(2);
    static final Duration FORGET_AFTER = Duration.ofMinutes(30);
    private static final int MAX_DOUBLINGS = 20;

    // Counts one more attempt unless the key's delay has not run out; a key idle for FORGET_AFTER starts again.
    // The delay is delayAfter(attempts) computed in SQL so that check and count are one atomic step.
    private static final String RESERVE = """
            insert into login_throttle (throttle_key, attempts, last_attempt) values (:key, 1, :now)
            on conflict (throttle_key) do update
               set attempts = case when login_throttle.last_attempt < :forget then 1
                                   else login_throttle.attempts + 1 end,
                   last_attempt = excluded.last_attempt
             where login_throttle.last_attempt < :forget
                or login_throttle.attempts < :free
                or login_throttle.last_attempt + make_interval(secs => least(
                       :first * power(2, least(login_throttle.attempts - :free, :doublings)), :max)) <= :now
            returning attempts""";

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Reserves one attempt for this account from this address, before any password is checked.
     *
     * @return zero when the attempt may go ahead, else how long the caller must still wait (nothing was counted)
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Duration reserve(String username, String address) {
        Instant now = clock.instant();
        String account = accountKey(username);
        String network = addressKey(address);
        Optional<Duration> accountWait = reserveKey(account, now);
        if (accountWait.isPresent()) {
            return accountWait.get();
        }
        Optional<Duration> networkWait = reserveKey(network, now);
        if (networkWait.isPresent()) {
            giveBack(account);
            return networkWait.get();
        }
        return Duration.ZERO;
    }

    /**
     * The attempt succeeded: the account starts afresh and the address gets its reservation back, so that colleagues
     * signing in from one office address do not slow each other down.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username, String address) {
        jdbc.sql("delete from login_throttle where throttle_key = :key").param("key", accountKey(username)).update();
        giveBack(addressKey(address));
    }

    /** How long an attempt would have to wait now, without reserving anything (for messages). */
    @Transactional(readOnly = true)
    public Duration waitBeforeAttempt(String username, String address) {
        Instant now = clock.instant();
        Duration account = waitFor(accountKey(username), now);
        Duration network = waitFor(addressKey(address), now);
        return account.compareTo(network) >= 0 ? account : network;
    }

    static Duration delayAfter(int attempts) {
        if (attempts < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(attempts - FREE_ATTEMPTS, MAX_DOUBLINGS);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** On one node at a time (docs/adr/0013-jobs-on-several-nodes.md). */
    @Scheduled(fixedDelay = 300_000)
    @SchedulerLock(name = "login-throttle-cleanup", lockAtMostFor = "PT4M", lockAtLeastFor = "PT30S")
    @Transactional
    void scheduledCleanup() {
        forgetOld();
    }

    @Transactional
    public void forgetOld() {
        jdbc.sql("delete from login_throttle where last_attempt < :cutoff")
                .param("cutoff", at(clock.instant().minus(FORGET_AFTER))).update();
    }

    private Optional<Duration> reserveKey(String key, Instant now) {
        Optional<Integer> counted = jdbc.sql(RESERVE)
                .param("key", key)
                .param("now", at(now))
                .param("forget", at(now.minus(FORGET_AFTER)))
                .param("free", FREE_ATTEMPTS)
                .param("first", (double) FIRST_DELAY.toSeconds())
                .param("max", (double) MAX_DELAY.toSeconds())
                .param("doublings", MAX_DOUBLINGS)
                .query(Integer.class)
                .optional();
        if (counted.isPresent()) {
            return Optional.empty();
        }
        Duration wait = waitFor(key, now);
        // The delay ran out between the two statements: report the shortest wait rather than zero, never a free pass.
        return Optional.of(wait.isZero() ? Duration.ofSeconds(1) : wait);
    }

    private void giveBack(String key) {
        jdbc.sql("update login_throttle set attempts = greatest(attempts - 1, 0) where throttle_key = :key")
                .param("key", key).update();
    }

    private Duration waitFor(String key, Instant now) {
        record Row(int attempts, Timestamp lastAttempt) {
        }
        return jdbc.sql("select attempts, last_attempt from login_throttle where throttle_key = :key")
                .param("key", key)
                .query(Row.class)
                .optional()
                .filter(row -> !row.lastAttempt().toInstant().isBefore(now.minus(FORGET_AFTER)))
                .map(row -> Duration.between(now, row.lastAttempt().toInstant().plus(delayAfter(row.attempts()))))
                .filter(remaining -> remaining.isPositive())
                .orElse(Duration.ZERO);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Hashed, so that the table holds no addresses and any length of input makes a key of one size. */
    static String accountKey(String username) {
        return "account:" + Hashes.sha256Hex(EmailAddresses.normalise(username));
    }

    private static String addressKey(String address) {
        return "address:" + (address.length() <= 64 ? address : Hashes.sha256Hex(address));
    }
}
