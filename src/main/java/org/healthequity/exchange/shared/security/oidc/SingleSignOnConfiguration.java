package org.healthequity.exchange.shared.security.oidc;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.security.ExternalSignIn;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Single sign-on exists only with an issuer ({@code EXCHANGE_OIDC_ISSUER}); without one nothing of it is created and
 * the sign-in page shows no button. A malformed role mapping or a missing client id stops the start with a message.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${exchange.oidc.issuer:}'.isBlank()")
class SingleSignOnConfiguration {

    @Bean
    SingleSignOn singleSignOn(OidcSettings settings, ExternalSignIn accounts, AuditLog audit,
            ApplicationEventPublisher events) {
        if (settings.clientId().isBlank()) {
            throw new IllegalArgumentException("EXCHANGE_OIDC_CLIENT_ID: single sign-on with " + settings.issuer()
                    + " needs the portal's client id at the provider");
        }
        return new SingleSignOn(settings, RoleMapping.parse(settings.roleMapping()), accounts, audit, events);
    }
}
