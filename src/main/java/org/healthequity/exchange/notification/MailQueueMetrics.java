package org.healthequity.exchange.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The outbox as Prometheus sees it: messages waiting, the age of the oldest (a growing age with a steady length means
 * the SMTP server refuses or does not answer) and messages given up. Read from the database at most every few
 * seconds, whatever the scrape interval; the same on every node, since the outbox is shared.
 */
@Component
class MailQueueMetrics {

    private record Queue(double queued, double oldestAgeSeconds, double failed) {
    }

    private final LoadingCache<Boolean, Queue> queue;

    MailQueueMetrics(OutgoingMailRepository mails, TransactionTemplate transactions, Clock clock,
            MeterRegistry registry) {
        this.queue = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(5)).build(key -> {
            try {
                return transactions.execute(status -> {
                    Instant oldest = mails.oldestCreatedAt(MailStatus.QUEUED);
                    return new Queue(mails.countByStatus(MailStatus.QUEUED),
                            oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds()),
                            mails.countByStatus(MailStatus.FAILED));
                });
            } catch (RuntimeException e) {
                // The database does not answer: "unknown", not zero.
                return new Queue(Double.NaN, Double.NaN, Double.NaN);
            }
        });
        Gauge.builder("exchange.mail.queue.length", () -> queue.get(true).queued())
                .description("Messages waiting in the outbox").register(registry);
        Gauge.builder("exchange.mail.queue.oldest.age", () -> queue.get(true).oldestAgeSeconds())
                .baseUnit("seconds").description("Age of the oldest message waiting in the outbox").register(registry);
        Gauge.builder("exchange.mail.failed", () -> queue.get(true).failed())
                .description("Messages the sender gave up on").register(registry);
    }
}
