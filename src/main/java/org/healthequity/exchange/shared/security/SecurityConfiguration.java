package org.healthequity.exchange.shared.security;

import java.util.List;
import java.util.Map;

import org.healthequity.exchange.shared.security.oidc.SingleSignOn;
import org.healthequity.exchange.shared.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Deny by default: every view states its access with one annotation, every service method with method security, and
 * only the health endpoint of the actuator is reachable.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@Import(ServiceMethodSecurity.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
            AuthenticationManager authenticationManager, Environment environment,
            ObjectProvider<SingleSignOn> singleSignOn) throws Exception {
        http.authenticationManager(authenticationManager);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // Metrics only on the management port (bound to the loopback address), never on the public one.
                .requestMatchers(request -> request.getLocalPort() == environment.getProperty(
                        "local.management.port", Integer.class, -1)
                        && "/actuator/prometheus".equals(request.getRequestURI())).permitAll()
                .requestMatchers("/actuator/**").denyAll()
                .requestMatchers("/styles.css", "/images/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/.well-known/security.txt").permitAll()
                // Calendar feeds: the secret in the address is the key, for calendar programs that cannot sign in.
                .requestMatchers(HttpMethod.GET, "/calendar/*.ics").permitAll()
                // For machines: harvesting (OAI-PMH, GET or POST), the sitemap and robots.txt; public data only.
                .requestMatchers("/oai", "/oai/hex-1.0.xsd").permitAll()
                .requestMatchers(HttpMethod.GET, "/sitemap.xml", "/robots.txt").permitAll()
                // Citations and Atom feeds of public content, for reference managers and feed readers (ADR 0021).
                .requestMatchers(HttpMethod.GET, "/case-studies/*/cite.*", "/feeds/*.atom").permitAll()
                // RFC 8058 one-click unsubscribe from a newsletter: mail programs POST without a session; the signed
                // token in the address is the key (ADR 0027).
                .requestMatchers(HttpMethod.POST, "/newsletters/unsubscribe").permitAll());
        // OAI-PMH allows POST with a form body from harvesters, which hold no session and no CSRF token; the endpoint
        // only reads public data. A one-click unsubscribe comes from a mail program, which holds neither either.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults()
                .matcher(HttpMethod.POST, "/oai"), PathPatternRequestMatcher.withDefaults()
                .matcher(HttpMethod.POST, "/newsletters/unsubscribe")));
        // Any other actuator address on the public port answers "not found" (the actuator is on the management port).
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                new HttpStatusEntryPoint(HttpStatus.NOT_FOUND),
                PathPatternRequestMatcher.withDefaults().matcher("/actuator/**")));
        // Framing, CSP and referrer headers come from SecurityHeadersFilter, which also covers public Vaadin pages.
        http.headers(headers -> headers.frameOptions(frame -> frame.deny()));
        http.sessionManagement(sessions -> sessions
                .sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredUrl("/login?expired"));
        // Single sign-on with an OpenID Connect provider, only when one is configured (ADR 0023).
        SingleSignOn sso = singleSignOn.getIfAvailable();
        if (sso != null) {
            sso.configure(http);
        }
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class, "/").defaultSuccessUrl("/dashboard");
            if (sso != null) {
                vaadin.logoutSuccessHandler(sso.logoutSuccessHandler());
            }
        });
        return http.build();
    }

    /**
     * Sign-in with address and password: the throttle first, then the password, and only then the account's state, so
     * that "unconfirmed" or "suspended" is said only to someone who knows the password (ASVS V6.3.8).
     */
    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwordEncoder,
            LoginThrottle throttle, ApplicationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        AccountStatusUserDetailsChecker statusChecks = new AccountStatusUserDetailsChecker();
        passwords.setPreAuthenticationChecks(user -> {
        });
        passwords.setPostAuthenticationChecks(statusChecks);
        ProviderManager manager = new ProviderManager(new ThrottlingAuthenticationProvider(passwords, throttle));
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        // A throttled attempt is a failed sign-in too, and is audited as one.
        publisher.setAdditionalExceptionMappings(Map.of(LoginThrottledException.class,
                AuthenticationFailureLockedEvent.class));
        manager.setAuthenticationEventPublisher(publisher);
        return manager;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /**
     * No Micrometer observation around each of the chain's filters, authentications and authorizations: with an
     * observation registry present, Spring Security wraps every filter of every request in one (a first view is four
     * requests through about fifteen filters), CPU on every request for figures nobody reads. The operator's figures
     * are {@code http_server_requests} (every request) and {@code exchange.view.navigation} (docs/operations.md);
     * sign-ins and refusals are in the audit log.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Vaadin's navigation access control as Vaadin's auto-configuration builds it (the same checkers, login view and
     * decisions), with the role prefix taken from its Spring bean instead of a class-path search per navigation. Vaadin
     * declares its own unconditionally, so this one is primary: the security configurer and the service's initializer
     * take it.
     */
    @Bean
    @Primary
    NavigationAccessControl rolePrefixFromBeanAccessControl(List<NavigationAccessChecker> checkers,
            NavigationAccessControlConfigurer configurer, VaadinRolePrefixHolder rolePrefix) {
        return configurer.build((enabled, resolver) -> new NavigationAccess(enabled, resolver, rolePrefix), checkers);
    }

    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
