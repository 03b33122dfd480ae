package org.healthequity.exchange.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signs a demo or test account in for service calls, the way a real sign-in leaves the security context. */
public final class Accounts {

    private Accounts() {
    }

    public static Authentication signIn(UserDetailsService users, String email) {
        UserDetails user = users.loadUserByUsername(email);
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }
}
