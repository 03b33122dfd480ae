package org.healthequity.exchange.notification;

import java.time.Duration;

import org.healthequity.exchange.shared.db.EmbeddedDatabaseConfiguration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.env.Environment;

/**
 * The mail settings ({@code exchange.mail.*}).
 *
 * @param logShowsLinks whether /admin/mail shows the links of messages still waiting to be sent in full; {@code null}
 *        means "only with the embedded database", where no SMTP server is usually configured and the developer reads
 *        the links there. Sent messages never keep their secrets, whatever this says.
 * @param perAddress how many mails a person may trigger for one address they name (registration, password reset,
 *        invitations) within {@code window}
 * @param perClient how many such mails one client network address may trigger within {@code window}
 * @param window the period the limits count over
 * @param sendLease how long a node may hold a message it is sending before another node may take it over
 */
@ConfigurationProperties("exchange.mail")
public record MailSettings(@Nullable Boolean logShowsLinks, Integer perAddress, Integer perClient,
        Duration window, Duration sendLease) {

    public MailSettings {
        if (perAddress == null) {
            perAddress = 3;
        }
        if (perClient == null) {
            perClient = 20;
        }
        if (window == null) {
            window = Duration.ofHours(1);
        }
        if (sendLease == null) {
            sendLease = Duration.ofMinutes(2);
        }
    }

    boolean showsLinks(Environment environment) {
        return logShowsLinks != null ? logShowsLinks
                : EmbeddedDatabaseConfiguration.isEmbedded(environment);
    }
}
