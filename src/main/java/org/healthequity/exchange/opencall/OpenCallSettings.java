package org.healthequity.exchange.opencall;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Open-call settings ({@code exchange.open-call.*}).
 *
 * @param reviewLateAfter a review not submitted this long after its assignment is shown as late
 */
@ConfigurationProperties("exchange.open-call")
record OpenCallSettings(@DefaultValue("P14D") Duration reviewLateAfter) {
}
