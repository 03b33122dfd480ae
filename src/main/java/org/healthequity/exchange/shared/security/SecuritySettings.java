package org.healthequity.exchange.shared.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings of the portal's own ({@code exchange.*}).
 *
 * @param securityContact the {@code Contact} of /.well-known/security.txt
 * @param visitorSessionTimeout how long a visitor's session lives without a request (signed-in people get the
 *        server's {@code server.servlet.session.timeout})
 */
@ConfigurationProperties("exchange")
record SecuritySettings(@DefaultValue("mailto:security@healthequity.example.org") String securityContact,
        @DefaultValue("10m") Duration visitorSessionTimeout) {
}
