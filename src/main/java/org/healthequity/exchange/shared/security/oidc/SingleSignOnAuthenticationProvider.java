package org.healthequity.exchange.shared.security.oidc;

import java.util.Collection;
import java.util.List;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.security.ExternalIdentity;
import org.healthequity.exchange.shared.security.ExternalSignIn;
import org.healthequity.exchange.shared.security.SingleSignOnFailedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The provider's answer checked by Spring Security's OIDC code (code for tokens with the PKCE verifier, the ID token's
 * signature, issuer, audience, expiry and nonce, user info), then handed to the accounts as an
 * {@link ExternalIdentity} with the roles its groups map to. Refusals are audited here, where the person is known.
 */
final class SingleSignOnAuthenticationProvider implements AuthenticationProvider {

    private final OidcAuthorizationCodeAuthenticationProvider oidc = new OidcAuthorizationCodeAuthenticationProvider(
            new RestClientAuthorizationCodeTokenResponseClient(), new OidcUserService());
    private final ExternalSignIn accounts;
    private final RoleMapping roles;
    private final OidcSettings settings;
    private final AuditLog audit;

    SingleSignOnAuthenticationProvider(ExternalSignIn accounts, RoleMapping roles, OidcSettings settings,
            AuditLog audit) {
        this.accounts = accounts;
        this.roles = roles;
        this.settings = settings;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        OidcUser person;
        try {
            Authentication verified = oidc.authenticate(authentication);
            if (verified == null || !(verified.getPrincipal() instanceof OidcUser user)) {
                throw new SingleSignOnFailedException("The provider's answer carries no ID token", null);
            }
            person = user;
        } catch (OAuth2AuthenticationException refused) {
            throw new SingleSignOnFailedException("The provider's answer was refused: " + refused.getError(),
                    refused);
        }
        ExternalIdentity identity = new ExternalIdentity(String.valueOf(person.getIssuer()), person.getSubject(),
                person.getEmail(), Boolean.TRUE.equals(person.getEmailVerified()), displayName(person),
                roles.rolesFor(groups(person)));
        try {
            ExchangeUser user = accounts.signIn(identity, settings.createUnknown());
            return new SingleSignOnAuthentication(user, person.getIdToken().getTokenValue(),
                    authentication.getDetails());
        } catch (AuthenticationException refused) {
            String who = identity.email() == null ? identity.subject() + " at " + identity.issuer() : identity.email();
            audit.recordIndependently(who, "auth.login", "account", who, AuditOutcome.FAILURE,
                    "single sign-on: " + refused.getClass().getSimpleName()
                            + (identity.emailVerified() ? "" : " (address not verified by the provider)"));
            throw refused;
        }
    }

    private static String displayName(OidcUser person) {
        for (String name : new String[] { person.getFullName(), person.getPreferredUsername(), person.getEmail() }) {
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return "";
    }

    private Collection<String> groups(OidcUser person) {
        Object claim = person.getClaims().get(settings.groupsClaim());
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return OAuth2LoginAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
