package org.healthequity.exchange.api;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The read API's settings ({@code exchange.api.*}).
 *
 * @param corsOrigins the origins whose browser scripts may read the API; none by default (CORS off)
 * @param perTokenPerMinute requests one personal access token may make in a minute
 * @param perAddressPerMinute requests one client address may make in a minute without a valid token
 */
@ConfigurationProperties("exchange.api")
record ApiSettings(List<String> corsOrigins, int perTokenPerMinute, int perAddressPerMinute) {

    ApiSettings {
        corsOrigins = corsOrigins == null ? List.of()
                : corsOrigins.stream().map(String::strip).filter(origin -> !origin.isEmpty()).toList();
    }
}
