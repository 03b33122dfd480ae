package org.healthequity.exchange.api;

import java.util.List;

import org.healthequity.exchange.member.AccessTokens;
import org.healthequity.exchange.shared.security.RateLimiter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * The API's own filter chain, ahead of the portal's: stateless (no session is read or created), no CSRF (no cookie
 * authenticates a request here, only the bearer token), every address open because the services decide what the
 * caller sees, and CORS only for the configured origins.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiSettings.class)
class ApiSecurity {

    /** The API, its OpenAPI document and springdoc's Swagger UI with its resources. */
    static final String[] PATHS = {"/api/**", "/swagger-ui/**"};

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, AccessTokens tokens, RateLimiter limiter,
            ApiSettings settings, JsonMapper json) throws Exception {
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.requireExplicitSave(true))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.deny()))
                .addFilterBefore(new ApiGate(tokens, limiter, settings, json), AuthorizationFilter.class);
        if (settings.corsOrigins().isEmpty()) {
            http.cors(cors -> cors.disable());
        } else {
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOrigins(settings.corsOrigins());
            cors.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
            cors.setAllowedHeaders(List.of("Authorization", "If-None-Match"));
            cors.setExposedHeaders(List.of("ETag", "Retry-After", "WWW-Authenticate"));
            cors.setAllowCredentials(false);
            UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
            source.registerCorsConfiguration("/api/**", cors);
            http.cors(c -> c.configurationSource(source));
        }
        return http.build();
    }
}
