package org.healthequity.exchange.shared.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterIntegrationTest extends IntegrationTest {

    @Autowired
    RateLimiter limiter;

    @Test
    void allowsTheLimitPerWindowThenRefusesUntilTheWindowEnds() {
        String key = "test:" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire(key, 3, Duration.ofHours(1))).isTrue();
        }
        assertThat(limiter.tryAcquire(key, 3, Duration.ofHours(1))).isFalse();
        clock.advance(Duration.ofMinutes(59));
        assertThat(limiter.tryAcquire(key, 3, Duration.ofHours(1))).isFalse();
        clock.advance(Duration.ofMinutes(2));
        assertThat(limiter.tryAcquire(key, 3, Duration.ofHours(1))).isTrue();
    }

    @Test
    void aParallelBurstCannotOverrunTheLimit() throws Exception {
        String key = "burst:" + UUID.randomUUID();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return limiter.tryAcquire(key, 5, Duration.ofHours(1));
                }));
            }
            start.countDown();
            int allowed = 0;
            for (Future<Boolean> result : results) {
                allowed += result.get() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(5);
        }
    }

    @Test
    void keysAreCountedApartAndLongKeysStillWork() {
        String longKey = "long:" + "x".repeat(5_000);
        assertThat(limiter.tryAcquire(longKey, 1, Duration.ofHours(1))).isTrue();
        assertThat(limiter.tryAcquire(longKey, 1, Duration.ofHours(1))).isFalse();
        assertThat(limiter.tryAcquire("other:" + UUID.randomUUID(), 1, Duration.ofHours(1))).isTrue();
    }
}
