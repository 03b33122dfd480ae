package org.healthequity.exchange.shared.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is calling, from the security context of the current request or test. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<ExchangeUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof ExchangeUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static ExchangeUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /** The name written into the audit log for the current caller. */
    public static String actorName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return "anonymous";
        }
        return authentication.getName();
    }
}
