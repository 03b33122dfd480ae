package org.healthequity.exchange.shared.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Sign-ins, failed sign-ins and sign-outs go to the audit log. */
@Component
class AuthenticationAudit {

    private final AuditLog audit;

    AuthenticationAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        audit.recordIndependently(event.getAuthentication().getName(), "auth.login", "account",
                event.getAuthentication().getName(), AuditOutcome.SUCCESS, null);
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        audit.recordIndependently(event.getAuthentication().getName(), "auth.login", "account",
                event.getAuthentication().getName(), AuditOutcome.FAILURE,
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        audit.recordIndependently(event.getAuthentication().getName(), "auth.logout", "account",
                event.getAuthentication().getName(), AuditOutcome.SUCCESS, null);
    }
}
