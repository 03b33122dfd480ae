package org.healthequity.exchange.shared.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many recent failures: the person must wait before trying again. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed sign-in attempts; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
