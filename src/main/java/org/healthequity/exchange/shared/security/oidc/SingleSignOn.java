package org.healthequity.exchange.shared.security.oidc;

import java.util.Optional;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.security.ExternalSignIn;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Single sign-on with one OpenID Connect provider, present only when {@code EXCHANGE_OIDC_ISSUER} is set
 * (ADR 0023). {@code /oauth2/authorization/oidc} sends the person to the provider (authorization code with PKCE,
 * {@code state} and {@code nonce}); {@code /login/oauth2/code/oidc} takes them back. The sign-in page shows its button,
 * and sign-out continues at the provider's logout.
 */
public final class SingleSignOn {

    private final OidcSettings settings;
    private final ProviderRegistration provider;
    private final SingleSignOnAuthenticationProvider authentication;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    SingleSignOn(OidcSettings settings, RoleMapping roles, ExternalSignIn accounts, AuditLog audit,
            ApplicationEventPublisher events) {
        this.settings = settings;
        this.provider = new ProviderRegistration(settings);
        this.authentication = new SingleSignOnAuthenticationProvider(accounts, roles, settings, audit);
        this.audit = audit;
        this.events = events;
    }

    /** What the sign-in button calls the provider ({@code EXCHANGE_OIDC_NAME}); empty for a generic label. */
    public Optional<String> providerName() {
        return settings.name().isBlank() ? Optional.empty() : Optional.of(settings.name().strip());
    }

    /** Where the sign-in button leads. */
    public String startPath() {
        return "oauth2/authorization/" + ProviderRegistration.ID;
    }

    /** Adds the two single-sign-on addresses to the portal's filter chain. */
    public void configure(HttpSecurity http) throws Exception {
        http.with(new Configurer(), configurer -> {
        });
    }

    public LogoutSuccessHandler logoutSuccessHandler() {
        return new ProviderLogout(provider);
    }

    /**
     * Tries to read the discovery document once the portal is up, so that the log says early whether the provider
     * answers; on a thread of its own, as an unreachable provider may take a connection time-out to fail.
     */
    @EventListener(ApplicationReadyEvent.class)
    void readDiscoveryDocument() {
        Thread.ofVirtual().name("oidc-discovery").start(provider::current);
    }

    private final class Configurer extends AbstractHttpConfigurer<Configurer, HttpSecurity> {

        @Override
        public void configure(HttpSecurity http) {
            var requests = new HttpSessionOAuth2AuthorizationRequestRepository();
            var failures = new SingleSignOnFailureHandler(audit);

            var resolver = new DefaultOAuth2AuthorizationRequestResolver(provider,
                    OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
            // PKCE although the portal is a confidential client (OAuth 2.1, RFC 9700); the registration asks for it too.
            resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
            var redirect = new OAuth2AuthorizationRequestRedirectFilter(resolver);
            redirect.setAuthorizationRequestRepository(requests);
            redirect.setAuthenticationFailureHandler(failures);

            var callback = new SingleSignOnFilter(provider, requests);
            ProviderManager manager = new ProviderManager(authentication);
            manager.setAuthenticationEventPublisher(new SuccessEvents(events));
            callback.setAuthenticationManager(manager);
            // The same session rules as a password sign-in: a new session id, registered for "end all sessions".
            SessionAuthenticationStrategy sessions = http.getSharedObject(SessionAuthenticationStrategy.class);
            if (sessions != null) {
                callback.setSessionAuthenticationStrategy(sessions);
            }
            callback.setSecurityContextRepository(new DelegatingSecurityContextRepository(
                    new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository()));
            var success = new SavedRequestAwareAuthenticationSuccessHandler();
            success.setDefaultTargetUrl("/dashboard");
            RequestCache cache = http.getSharedObject(RequestCache.class);
            if (cache != null) {
                success.setRequestCache(cache);
            }
            callback.setAuthenticationSuccessHandler(success);
            callback.setAuthenticationFailureHandler(failures);

            http.addFilterAt(redirect, OAuth2AuthorizationRequestRedirectFilter.class);
            http.addFilterAt(callback, OAuth2LoginAuthenticationFilter.class);
        }
    }

    /**
     * A successful single sign-on is announced like a password sign-in (audit, the signed-in session's timeout);
     * failures are audited where they are handled, with what is known of the person.
     */
    private record SuccessEvents(ApplicationEventPublisher events) implements AuthenticationEventPublisher {

        @Override
        public void publishAuthenticationSuccess(Authentication authentication) {
            events.publishEvent(new AuthenticationSuccessEvent(authentication));
        }

        @Override
        public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
        }
    }
}
