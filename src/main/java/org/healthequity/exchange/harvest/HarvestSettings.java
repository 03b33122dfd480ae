package org.healthequity.exchange.harvest;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The OAI-PMH repository's settings ({@code exchange.harvest.*}).
 *
 * @param repositoryName the name harvesters show for this repository
 * @param repositoryIdentifier the middle part of every OAI identifier ({@code oai:<this>:case-study/12}); blank means
 *        the host of {@code exchange.base-url}. Keep it stable: harvesters key their copies by it
 * @param adminEmail who answers for the repository, published in {@code Identify}
 * @param pageSize how many records or headers one answer holds before a resumption token
 * @param tokenValidity how long a resumption token may be used
 * @param rights a rights statement published with every record ({@code dc:rights}); blank means none
 */
@ConfigurationProperties("exchange.harvest")
public record HarvestSettings(String repositoryName, @Nullable String repositoryIdentifier, String adminEmail,
        Integer pageSize, Duration tokenValidity, @Nullable String rights) {

    public HarvestSettings {
        if (repositoryName == null || repositoryName.isBlank()) {
            repositoryName = "Health Equity Exchange";
        }
        if (adminEmail == null || adminEmail.isBlank()) {
            adminEmail = "secretariat@healthequity.example.org";
        }
        if (pageSize == null || pageSize < 1) {
            pageSize = 100;
        }
        if (tokenValidity == null) {
            tokenValidity = Duration.ofHours(24);
        }
        if (rights != null && rights.isBlank()) {
            rights = null;
        }
    }
}
