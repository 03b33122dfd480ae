package org.healthequity.exchange.member;

import java.time.Duration;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.ClientAddress;
import org.healthequity.exchange.shared.security.LoginThrottle;
import org.healthequity.exchange.shared.validation.Refused;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Re-checks the signed-in person's password before a sensitive change (password change, account deletion). The checks
 * draw on the sign-in throttle of the account, so a stolen session gains no free guesses of the password.
 */
@Component
class CurrentPassword {

    private final LoginThrottle throttle;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;

    CurrentPassword(LoginThrottle throttle, PasswordEncoder passwordEncoder, AuditLog audit) {
        this.throttle = throttle;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    /** Refuses with a problem on the "current" field unless the password is the account's and an attempt is free. */
    void require(Account account, String currentPassword, String action) {
        String address = ClientAddress.current();
        Duration wait = throttle.reserve(account.email(), address);
        if (!wait.isZero()) {
            audit.recordIndependently(account.email(), action, "account", account.id(), AuditOutcome.DENIED,
                    "current password throttled");
            throw new Refused("current", "account.password.throttled");
        }
        if (!account.passwordMatches(currentPassword, passwordEncoder)) {
            audit.recordIndependently(account.email(), action, "account", account.id(), AuditOutcome.DENIED,
                    "wrong current password");
            throw new Refused("current", "account.password.wrong-current");
        }
        throttle.succeeded(account.email(), address);
    }
}
