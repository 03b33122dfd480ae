package org.healthequity.exchange.api;

import org.healthequity.exchange.member.TokenScope;
import org.jspecify.annotations.Nullable;

/**
 * The token was not given the scope this endpoint needs; answered 403 with {@code insufficient_scope} (RFC 6750).
 * Without a scope: the endpoint names none, and no token may use it.
 */
class InsufficientScope extends RuntimeException {

    private final @Nullable TokenScope scope;

    InsufficientScope(@Nullable TokenScope scope) {
        super(scope == null ? "No access token may read this address."
                : "The access token was not given the scope " + scope.code()
                        + "; create a token with it on the account page.");
        this.scope = scope;
    }

    @Nullable TokenScope scope() {
        return scope;
    }
}
