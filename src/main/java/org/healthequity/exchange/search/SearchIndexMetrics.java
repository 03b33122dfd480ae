package org.healthequity.exchange.search;

import java.io.IOException;
import java.time.Duration;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The index as Prometheus sees it, per node: documents, the lag behind the change feed (rows not yet applied, and the
 * age of the oldest of them), documents by which the index differs from the database, and whether a rebuild runs. The
 * figures are read at most every few seconds, however often the node is scraped.
 */
@Component
class SearchIndexMetrics {

    private record Counts(double documents, double expected, double lagRows, double lagSeconds) {
    }

    private final LoadingCache<Boolean, Counts> counts;

    SearchIndexMetrics(SearchIndex index, SearchChangeFeed feed, MeterRegistry registry) {
        this.counts = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(5)).build(key -> {
            try {
                SearchChangeFeed.Lag lag = feed.lag();
                return new Counts(index.documentCount(), index.expectedCount(), lag.rows(), lag.seconds());
            } catch (IOException | RuntimeException e) {
                // The database or the index cannot be read: the gauges say "unknown" rather than a wrong number.
                return new Counts(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
        });
        Gauge.builder("exchange.search.index.documents", () -> counts.get(true).documents())
                .description("Documents in this node's search index").register(registry);
        Gauge.builder("exchange.search.index.lag", () -> counts.get(true).lagRows())
                .description("Changes of the search feed this node has not applied yet").register(registry);
        Gauge.builder("exchange.search.index.lag.seconds", () -> counts.get(true).lagSeconds())
                .description("Age of the oldest change of the search feed this node has not applied yet")
                .register(registry);
        Gauge.builder("exchange.search.index.difference", () -> {
            Counts now = counts.get(true);
            return Math.abs(now.expected() - now.documents());
        }).description("Documents by which this node's search index differs from the database").register(registry);
        Gauge.builder("exchange.search.index.rebuilding", () -> index.progress().running() ? 1 : 0)
                .description("1 while the search index is being rebuilt on this node").register(registry);
    }
}
