package org.healthequity.exchange.newsletter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.healthequity.exchange.shared.validation.Refused;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * RFC 8058 one-click unsubscribe: a mail program POSTs {@code List-Unsubscribe=One-Click} to the address of the
 * newsletter's {@code List-Unsubscribe} header, with no session and no CSRF token (the security chain lets exactly this
 * through); the signed token in the address is the authority. It answers 200 once the person is unsubscribed, 400 for
 * a link that does not verify. Any other request to the address (a person's GET) goes on to the page with its button,
 * so that opening the link, as mail scanners do, never unsubscribes anyone.
 */
class OneClickUnsubscribe extends OncePerRequestFilter {

    static final String PATH = "/newsletters/unsubscribe";

    private final Unsubscriptions unsubscriptions;

    OneClickUnsubscribe(Unsubscriptions unsubscriptions) {
        this.unsubscriptions = unsubscriptions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod()) || !PATH.equals(request.getServletPath())) {
            chain.doFilter(request, response);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        try {
            unsubscriptions.unsubscribe(request.getParameter("token"));
            response.setStatus(HttpStatus.OK.value());
            response.getOutputStream().write("Unsubscribed\n".getBytes(StandardCharsets.UTF_8));
        } catch (Refused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.getOutputStream().write("This unsubscribe link is not valid\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The filter on its one address, after the security chain. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<OneClickUnsubscribe> oneClickUnsubscribe(Unsubscriptions unsubscriptions) {
            FilterRegistrationBean<OneClickUnsubscribe> registration = new FilterRegistrationBean<>(
                    new OneClickUnsubscribe(unsubscriptions));
            registration.addUrlPatterns(PATH);
            return registration;
        }
    }
}
