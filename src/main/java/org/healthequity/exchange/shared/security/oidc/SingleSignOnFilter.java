package org.healthequity.exchange.shared.security.oidc;

import org.healthequity.exchange.shared.security.SingleSignOnFailedException;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.UrlUtils;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The provider's redirect back to the portal ({@code /login/oauth2/code/oidc}). Like Spring Security's
 * {@code OAuth2LoginAuthenticationFilter}, but its result is the portal's own principal: the sign-in started in this
 * session must match the returned {@code state}, else nothing is even sent to the provider.
 */
final class SingleSignOnFilter extends AbstractAuthenticationProcessingFilter {

    static final String CALLBACK = "/login/oauth2/code/*";

    private final ClientRegistrationRepository registrations;
    private final AuthorizationRequestRepository<OAuth2AuthorizationRequest> requests;

    SingleSignOnFilter(ClientRegistrationRepository registrations,
            AuthorizationRequestRepository<OAuth2AuthorizationRequest> requests) {
        super(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, CALLBACK));
        this.registrations = registrations;
        this.requests = requests;
    }

    @Override
    public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response) {
        String state = request.getParameter(OAuth2ParameterNames.STATE);
        String code = request.getParameter(OAuth2ParameterNames.CODE);
        String error = request.getParameter(OAuth2ParameterNames.ERROR);
        if (state == null || (code == null && error == null)) {
            throw new SingleSignOnFailedException("Not an authorization response", null);
        }
        OAuth2AuthorizationRequest started = requests.removeAuthorizationRequest(request, response);
        if (started == null) {
            throw new SingleSignOnFailedException("No sign-in was started in this session with this state", null);
        }
        String registrationId = started.getAttribute(OAuth2ParameterNames.REGISTRATION_ID);
        ClientRegistration registration = registrationId == null ? null
                : registrations.findByRegistrationId(registrationId);
        if (registration == null) {
            throw new SingleSignOnFailedException("The provider is not available", null);
        }
        String redirectUri = UriComponentsBuilder.fromUriString(UrlUtils.buildFullRequestUrl(request))
                .replaceQuery(null).build().toUriString();
        OAuth2AuthorizationResponse answer = code != null
                ? OAuth2AuthorizationResponse.success(code).redirectUri(redirectUri).state(state).build()
                : OAuth2AuthorizationResponse.error(error).redirectUri(redirectUri).state(state)
                        .errorDescription(request.getParameter(OAuth2ParameterNames.ERROR_DESCRIPTION)).build();
        OAuth2LoginAuthenticationToken token = new OAuth2LoginAuthenticationToken(registration,
                new OAuth2AuthorizationExchange(started, answer));
        token.setDetails(authenticationDetailsSource.buildDetails(request));
        return getAuthenticationManager().authenticate(token);
    }
}
