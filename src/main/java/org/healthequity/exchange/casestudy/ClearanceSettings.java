package org.healthequity.exchange.casestudy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * National clearance's settings ({@code exchange.clearance.*}, ADR 0032).
 *
 * @param alertAfter how long a country's clearance may wait before the secretariat is alerted (once)
 * @param secretariatAddress where that alert is mailed (the secretariat's shared mailbox)
 */
@ConfigurationProperties("exchange.clearance")
public record ClearanceSettings(Duration alertAfter, String secretariatAddress) {

    public ClearanceSettings {
        if (alertAfter == null) {
            alertAfter = Duration.ofDays(10);
        }
        if (secretariatAddress == null || secretariatAddress.isBlank()) {
            secretariatAddress = "secretariat@healthequity.example.org";
        }
    }
}
