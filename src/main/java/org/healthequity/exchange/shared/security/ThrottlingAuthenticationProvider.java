package org.healthequity.exchange.shared.security;

import java.time.Duration;

import org.healthequity.exchange.shared.db.DatabaseOutage;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Reserves an attempt in the throttle before the password is even looked at; a success gives it back. A failure of
 * any kind keeps it counted. When the database cannot be reached, the failure says so ({@link SignInUnavailableException})
 * rather than passing for a wrong password.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottlingAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = String.valueOf(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : ClientAddress.UNKNOWN;
        try {
            Duration wait = throttle.reserve(username, address);
            if (!wait.isZero()) {
                throw new LoginThrottledException(wait);
            }
            Authentication result = delegate.authenticate(authentication);
            throttle.succeeded(username, address);
            return result;
        } catch (RuntimeException failure) {
            if (DatabaseOutage.isCause(failure)) {
                throw new SignInUnavailableException(failure);
            }
            throw failure;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
