package org.healthequity.exchange.shared.security.oidc;

import java.nio.charset.StandardCharsets;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.util.UrlUtils;
import org.springframework.web.util.UriComponentsBuilder;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * After the portal's session has ended: someone who signed in through the provider is sent on to the provider's
 * logout (OpenID Connect RP-initiated logout, when its discovery document names an {@code end_session_endpoint}) with
 * their ID token as {@code id_token_hint}, and the provider sends them back to the portal's home page. Everyone else
 * goes to the home page directly. Spring's {@code OidcClientInitiatedLogoutSuccessHandler} does the same for its own
 * authentication type; the portal's principal is its own (see {@link SingleSignOnAuthentication}).
 */
final class ProviderLogout extends SimpleUrlLogoutSuccessHandler {

    private final ProviderRegistration provider;

    ProviderLogout(ProviderRegistration provider) {
        this.provider = provider;
        setDefaultTargetUrl("/");
        // Sign-out is a click in a Vaadin UI: the redirect must reach the browser as a page change.
        setRedirectStrategy(new UidlRedirectStrategy());
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        if (authentication instanceof SingleSignOnAuthentication signedIn) {
            var endSession = provider.endSessionEndpoint();
            var registration = provider.current();
            if (endSession.isPresent() && registration.isPresent()) {
                String home = UriComponentsBuilder.fromUriString(UrlUtils.buildFullRequestUrl(request))
                        .replacePath(request.getContextPath() + "/").replaceQuery(null).build().toUriString();
                return UriComponentsBuilder.fromUriString(endSession.get())
                        .queryParam("id_token_hint", signedIn.idToken())
                        .queryParam("client_id", registration.get().getClientId())
                        .queryParam("post_logout_redirect_uri", home)
                        .encode(StandardCharsets.UTF_8).build().toUriString();
            }
        }
        return super.determineTargetUrl(request, response, authentication);
    }
}
