package org.healthequity.exchange.shared.security;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Runs work as a named account, with its real roles, as if that person had signed in: the demo seeders call the
 * public services this way (ADR 0015), so the services' access rules and checks apply to the demo world too. Never
 * reachable from a request; the caller's security context is restored afterwards.
 */
@Component
public class RunAs {

    private final UserDetailsService accounts;

    RunAs(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    /** The work's result, computed as the account with this e-mail address. */
    public <T> T as(String email, Supplier<T> work) {
        UserDetails user = accounts.loadUserByUsername(email);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The work's result computed as the account with this e-mail address, or empty when there is no such account. */
    public <T> Optional<T> ifAccountExists(String email, Supplier<T> work) {
        try {
            accounts.loadUserByUsername(email);
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(as(email, work));
    }

    /** Runs the work as the account with this e-mail address. */
    public void run(String email, Runnable work) {
        as(email, () -> {
            work.run();
            return null;
        });
    }
}
