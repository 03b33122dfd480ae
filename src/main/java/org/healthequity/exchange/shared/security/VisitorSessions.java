package org.healthequity.exchange.shared.security;


import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpSession;

/**
 * Keeps a visitor's session short. Every session starts with the visitor timeout ({@code EXCHANGE_VISITOR_SESSION_TIMEOUT},
 * 10 minutes by default) and gets the full one ({@code EXCHANGE_SESSION_TIMEOUT}) when the person signs in: a reader
 * who only reads and leaves holds the server's memory for minutes instead of half an hour. A visitor who comes back
 * after that simply gets a fresh page.
 */
@Component
class VisitorSessions {

    private final int visitorSeconds;
    private final int signedInSeconds;

    VisitorSessions(SecuritySettings settings, ObjectProvider<ServerProperties> server) {
        this.visitorSeconds = (int) settings.visitorSessionTimeout().toSeconds();
        this.signedInSeconds = (int) server.getIfAvailable(ServerProperties::new).getServlet().getSession().getTimeout()
                .toSeconds();
    }

    @EventListener
    void on(HttpSessionCreatedEvent event) {
        event.getSession().setMaxInactiveInterval(Math.min(visitorSeconds, signedInSeconds));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null) {
                session.setMaxInactiveInterval(signedInSeconds);
            }
        }
    }
}
