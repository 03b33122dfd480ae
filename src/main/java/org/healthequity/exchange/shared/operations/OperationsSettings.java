package org.healthequity.exchange.shared.operations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a node leaves ({@code exchange.operations.*}).
 *
 * @param drainTime how long a stopping node reports itself not ready before it stops taking requests
 */
@ConfigurationProperties("exchange.operations")
record OperationsSettings(@DefaultValue("0s") Duration drainTime) {
}
