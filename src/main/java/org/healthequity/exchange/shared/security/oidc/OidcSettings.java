package org.healthequity.exchange.shared.security.oidc;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on with an OpenID Connect provider ({@code exchange.oidc.*}, README "Single sign-on"). Nothing of it is
 * active while {@code issuer} is blank.
 *
 * @param issuer the provider's issuer, whose {@code /.well-known/openid-configuration} is read
 * @param clientId the portal's client id at the provider
 * @param clientSecret the portal's client secret (a confidential client; PKCE is used as well)
 * @param name what the sign-in button calls the provider ("WHO account"); blank: a generic label
 * @param groupsClaim the claim of the ID token or user info that lists the person's groups
 * @param roleMapping provider group to portal role, {@code group=ROLE,group=ROLE} ({@link RoleMapping})
 * @param createUnknown whether a verified address without an account gets a new applicant account
 */
@ConfigurationProperties("exchange.oidc")
public record OidcSettings(@DefaultValue("") String issuer, @DefaultValue("") String clientId,
        @DefaultValue("") String clientSecret, @DefaultValue("") String name, @DefaultValue("groups") String groupsClaim,
        @DefaultValue("") String roleMapping, @DefaultValue("false") boolean createUnknown) {

    public boolean enabled() {
        return !issuer.isBlank();
    }
}
