package org.healthequity.exchange.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * "searchIndex" in the readiness group: down while the index is filled from nothing (a node whose search would find
 * nothing takes no traffic); up while a rebuild runs beside a usable index, which keeps answering.
 */
@Component
class SearchIndexHealthIndicator implements HealthIndicator {

    private final SearchIndex index;

    SearchIndexHealthIndicator(SearchIndex index) {
        this.index = index;
    }

    @Override
    public Health health() {
        if (index.fillingFromNothing()) {
            IndexRebuild.Progress progress = index.progress();
            return Health.outOfService().withDetail("rebuilt", progress.done())
                    .withDetail("of", progress.total()).build();
        }
        return Health.up().build();
    }
}
