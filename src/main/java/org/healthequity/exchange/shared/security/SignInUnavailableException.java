package org.healthequity.exchange.shared.security;

import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * The password could not be checked because the database did not answer (restarting, failing over). It is not the
 * person's mistake: the sign-in page says so and asks them to try again shortly, instead of "wrong password".
 */
public class SignInUnavailableException extends AuthenticationServiceException {

    public SignInUnavailableException(Throwable cause) {
        super("The database could not be reached to check the password", cause);
    }
}
