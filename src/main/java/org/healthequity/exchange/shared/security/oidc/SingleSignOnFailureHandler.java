package org.healthequity.exchange.shared.security.oidc;

import java.io.IOException;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.SingleSignOnFailedException;
import org.healthequity.exchange.shared.security.UnknownExternalIdentityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Where a failed single sign-on leads: someone the portal does not admit to the page that explains how to join; an
 * unconfirmed or suspended account to the sign-in page with the same message as for passwords; anything else (the
 * provider unreachable, a tampered state or nonce, a refused code) to the sign-in page saying single sign-on did not
 * succeed, audited, with the detail in the log.
 */
final class SingleSignOnFailureHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SingleSignOnFailureHandler.class);

    private final AuditLog audit;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    SingleSignOnFailureHandler(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        if (failure instanceof UnknownExternalIdentityException unknown) {
            redirects.sendRedirect(request, response, unknown.addressVerified() ? "/login/unknown"
                    : "/login/unknown?unverified");
            return;
        }
        AuthenticationException shown = failure;
        if (!(failure instanceof AccountStatusException)) {
            shown = failure instanceof SingleSignOnFailedException ? failure
                    : new SingleSignOnFailedException(String.valueOf(failure.getMessage()), failure);
            log.info("Single sign-on failed: {}", shown.getMessage(), shown.getCause());
            audit.recordIndependently("anonymous", "auth.login", "account", null, AuditOutcome.FAILURE,
                    "single sign-on: " + shown.getMessage());
        }
        request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, shown);
        redirects.sendRedirect(request, response, "/login?error");
    }
}
