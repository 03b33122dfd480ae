package org.healthequity.exchange.shared.jobs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How unfinished event publications are retried ({@code exchange.events.*}).
 *
 * @param resubmitAfter an event unfinished for this long is resubmitted; the wait doubles after each attempt
 * @param maxAttempts after this many attempts the event is left for an operator (docs/operations.md)
 */
@ConfigurationProperties("exchange.events")
record EventSettings(@DefaultValue("PT5M") Duration resubmitAfter, @DefaultValue("10") int maxAttempts) {
}
