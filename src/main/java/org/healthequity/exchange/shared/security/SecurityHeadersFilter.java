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
 * later code from weakening the policy. HSTS is sent only on requests that arrived over HTTPS (directly, or through a
 * proxy whose {@code X-Forwarded-Proto} the server trusts: {@code server.forward-headers-strategy}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

    /**
     * The Content-Security-Policy, as strict as Vaadin Flow 25 allows in production and in development mode (checked
     * in Chromium: no violation on the public, sign-in and signed-in pages).
     * <ul>
     * <li>{@code default-src 'self'}: anything not named below (frames, workers, media, manifests) only from here.</li>
     * <li>{@code script-src 'self' 'unsafe-inline' 'unsafe-eval'}: Vaadin's bootstrap page starts its client engine
     * with an inline script, and the engine turns the JavaScript the server sends ({@code executeJs}, event data
     * expressions) into functions, which needs eval (Vaadin's documented requirement; the nonce-based alternative
     * works in production mode only and would still need eval). No script from any other origin.</li>
     * <li>{@code style-src 'self' 'unsafe-inline'}: Lumo and the web components set inline styles and
     * {@code style} attributes at run time.</li>
     * <li>{@code img-src 'self' data:}: our images and photos, and the {@code data:} images Lumo's styles use.</li>
     * <li>{@code font-src 'self' data:}: icons and fonts come with the application.</li>
     * <li>{@code connect-src 'self'}: Vaadin's XHR and push (same-origin WebSocket included) to this server only.</li>
     * <li>{@code frame-ancestors 'none'}: no one may frame the portal (clickjacking).</li>
     * <li>{@code form-action 'self'}: the sign-in form posts only here.</li>
     * <li>{@code object-src 'none'}: no plug-ins.</li>
     * <li>{@code base-uri 'self'}: an injected {@code <base>} cannot redirect relative addresses.</li>
     * </ul>
     */
    static final String CSP = String.join("; ", "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'", "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:", "font-src 'self' data:", "connect-src 'self'", "frame-ancestors 'none'",
            "form-action 'self'", "object-src 'none'", "base-uri 'self'");
    /** Two years, subdomains included: browsers then refuse plain HTTP to the portal. */
    static final String HSTS = "max-age=63072000; includeSubDomains";
    static final String REFERRER = "strict-origin-when-cross-origin";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", REFERRER);
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
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
                || "Strict-Transport-Security".equalsIgnoreCase(name)
                || "Referrer-Policy".equalsIgnoreCase(name);
    }
}
