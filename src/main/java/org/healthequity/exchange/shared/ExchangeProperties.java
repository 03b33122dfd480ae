package org.healthequity.exchange.shared;

import java.nio.file.Path;
import java.time.Duration;

import org.healthequity.exchange.shared.db.EmbeddedDatabaseConfiguration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.env.Environment;

/**
 * The portal's own settings ({@code exchange.*}), bound from application.properties and environment variables.
 *
 * @param dataDir this node's own data: the embedded database and the search index (uploaded files are in the file
 *        store, {@code exchange.files-dir}, by default {@code <data-dir>/files})
 * @param demoData seed the demo world; {@code null} means "only when the embedded database is used"
 * @param baseUrl the address people reach the portal at, used in links sent by mail
 * @param mailFrom the sender of outgoing mail
 * @param tokenValidity how long a confirmation or reset link stays valid
 * @param nodeId this node's name among several ({@code EXCHANGE_NODE_ID}); blank means one made from the host and
 *        data folder
 */
@ConfigurationProperties("exchange")
public record ExchangeProperties(
        Path dataDir,
        @Nullable Boolean demoData,
        String baseUrl,
        String mailFrom,
        Duration tokenValidity,
        EmbeddedDatabase embeddedDatabase,
        @Nullable String nodeId) {

    public ExchangeProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        if (baseUrl == null || baseUrl.isBlank()) {
            baseUrl = "http://localhost:8080";
        }
        if (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        if (mailFrom == null || mailFrom.isBlank()) {
            mailFrom = "Health Equity Exchange <no-reply@healthequity.example.org>";
        }
        if (tokenValidity == null) {
            tokenValidity = Duration.ofHours(24);
        }
        if (embeddedDatabase == null) {
            embeddedDatabase = new EmbeddedDatabase(false);
        }
    }

    /** @param cleanOnStart start every run from an empty database (tests only) */
    public record EmbeddedDatabase(boolean cleanOnStart) {
    }

    public String link(String path) {
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    /** Whether the demo world is seeded: as configured, else only with the embedded database. */
    public boolean demoDataEnabled(Environment environment) {
        return demoData != null ? demoData
                : EmbeddedDatabaseConfiguration.isEmbedded(environment);
    }
}
