package org.healthequity.exchange.shared.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import static org.assertj.core.api.Assertions.assertThat;

/** Two nodes (two lock clients on the one database) trigger the same job at the same moment: it runs once. */
class JobLocksIntegrationTest extends IntegrationTest {

    @Autowired
    LockProvider lockProvider;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aJobTriggeredOnTwoNodesAtOnceRunsOnce() throws Throwable {
        LockProvider otherNode = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
        String job = "two-nodes-" + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch bothTried = new CountDownLatch(2);
        CyclicBarrier together = new CyclicBarrier(2);

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> triggered = new ArrayList<>();
            for (LockProvider node : List.of(lockProvider, otherNode)) {
                LockingTaskExecutor executor = new DefaultLockingTaskExecutor(node);
                triggered.add(nodes.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    executor.executeWithLock((Runnable) () -> {
                        runs.incrementAndGet();
                        bothTried.countDown();
                        try {
                            // Hold the lock until the other node has tried too.
                            bothTried.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }, new LockConfiguration(Instant.now(), job, Duration.ofMinutes(1), Duration.ZERO));
                    bothTried.countDown();
                    return null;
                }));
            }
            for (Future<?> node : triggered) {
                node.get(30, TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdownNow();
        }

        assertThat(runs).hasValue(1);
        // Released after the run: the next trigger, on either node, runs it again.
        LockingTaskExecutor.TaskResult<Boolean> next = new DefaultLockingTaskExecutor(otherNode).executeWithLock(
                () -> true, new LockConfiguration(Instant.now(), job, Duration.ofMinutes(1), Duration.ZERO));
        assertThat(next.wasExecuted()).isTrue();
    }
}
