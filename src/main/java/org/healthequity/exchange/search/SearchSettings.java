package org.healthequity.exchange.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search settings ({@code exchange.search.*}).
 *
 * @param feedInterval how often a node reads the change feed of the other nodes' index changes
 * @param feedRetention how long changes stay in the feed; a node further behind rebuilds its index
 * @param checkInterval how often the index folder is checked for damage
 */
@ConfigurationProperties("exchange.search")
record SearchSettings(@DefaultValue("300ms") Duration feedInterval, @DefaultValue("7d") Duration feedRetention,
        @DefaultValue("10s") Duration checkInterval) {
}
