package org.healthequity.exchange.shared.security;

import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

class VisitorSessionsIntegrationTest extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aVisitorsSessionEndsAfterTheShortVisitorTimeout() {
        MockHttpSession session = new MockHttpSession();

        events.publishEvent(new HttpSessionCreatedEvent(session));

        assertThat(session.getMaxInactiveInterval()).isEqualTo(10 * 60);
    }

    @Test
    void signingInGivesTheSessionTheFullTimeout() {
        MockHttpSession session = new MockHttpSession();
        events.publishEvent(new HttpSessionCreatedEvent(session));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        events.publishEvent(new AuthenticationSuccessEvent(Accounts.signIn(users, "member@example.org")));

        assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);
    }
}
