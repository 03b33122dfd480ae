package org.healthequity.exchange.shared.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in through the external provider did not complete: the provider is unreachable, refused, or its answer failed a
 * check (state, nonce, signature, PKCE). The sign-in page says so without the technical detail, which is logged.
 */
public class SingleSignOnFailedException extends AuthenticationException {

    public SingleSignOnFailedException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
