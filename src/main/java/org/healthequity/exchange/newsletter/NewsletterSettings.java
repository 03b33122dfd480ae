package org.healthequity.exchange.newsletter;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The newsletter settings ({@code exchange.newsletter.*}).
 *
 * @param secret the key unsubscribe links are signed with (HMAC-SHA256), at least 32 characters; empty: a key made once
 *        and kept in the database, shared by every node (the demo and single-server runs)
 * @param sendInterval how often the job looks for newsletters due and queues the next people's mail
 * @param batch how many people one transaction of the job queues
 */
@ConfigurationProperties("exchange.newsletter")
public record NewsletterSettings(@Nullable String secret, Duration sendInterval, Integer batch) {

    public NewsletterSettings {
        if (secret != null && !secret.isBlank() && secret.length() < 32) {
            throw new IllegalArgumentException("exchange.newsletter.secret must be at least 32 characters");
        }
        if (sendInterval == null) {
            sendInterval = Duration.ofSeconds(15);
        }
        if (batch == null || batch < 1) {
            batch = 200;
        }
    }
}
