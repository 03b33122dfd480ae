package org.healthequity.exchange.moderation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The queue's settings ({@code exchange.moderation.*}).
 *
 * @param overdueAfter items waiting longer than this are highlighted in the queue
 */
@ConfigurationProperties("exchange.moderation")
public record ModerationSettings(Duration overdueAfter) {

    public ModerationSettings {
        if (overdueAfter == null) {
            overdueAfter = Duration.ofDays(3);
        }
    }
}
