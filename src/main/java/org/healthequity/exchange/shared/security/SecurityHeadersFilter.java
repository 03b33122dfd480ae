package org.healthequity.exchange.shared.security;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Security headers on every response. Spring Security's own header writer does not see the pages Vaadin lets past the
 * filter chain (public views such as the home and login pages), so this filter sits in front of everything and keeps
 * later code from weakening the framing rule.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CSP = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";
    static final String REFERRER = "strict-origin-when-cross-origin";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", REFERRER);
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!fixed(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!fixed(name)) {
                    super.addHeader(name, value);
                }
            }
        });
    }

    private static boolean fixed(String name) {
        return "X-Frame-Options".equalsIgnoreCase(name) || "Content-Security-Policy".equalsIgnoreCase(name)
                || "Referrer-Policy".equalsIgnoreCase(name);
    }
}
