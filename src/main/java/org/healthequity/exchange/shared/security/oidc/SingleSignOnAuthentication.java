package org.healthequity.exchange.shared.security.oidc;

import org.healthequity.exchange.shared.security.ExchangeUser;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A session signed in through the provider: its principal is the same {@link ExchangeUser} a password sign-in gives
 * (so the whole portal, the session registry included, treats both alike); it also keeps the ID token, which the
 * provider's logout wants back as {@code id_token_hint}.
 */
final class SingleSignOnAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final ExchangeUser user;
    private final String idToken;

    SingleSignOnAuthentication(ExchangeUser user, String idToken, Object details) {
        super(user.getAuthorities());
        this.user = user;
        this.idToken = idToken;
        setDetails(details);
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public ExchangeUser getPrincipal() {
        return user;
    }

    String idToken() {
        return idToken;
    }
}
