package org.healthequity.exchange.shared.security;

import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as the security layer knows them. Equal by e-mail address, which the session registry relies on
 * to find all sessions of one person.
 */
public final class ExchangeUser implements UserDetails, CredentialsContainer {

    private final long accountId;
    private final String email;
    private final String displayName;
    private @Nullable String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final Set<Role> roles;
    private final @Nullable Language language;
    private final @Nullable ZoneId timeZone;

    public ExchangeUser(long accountId, String email, String displayName, @Nullable String passwordHash,
            boolean enabled, boolean locked, Set<Role> roles, @Nullable Language language, @Nullable ZoneId timeZone) {
        this.accountId = accountId;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.language = language;
        this.timeZone = timeZone;
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The secretariat and administrators: the staff who see and moderate everything. */
    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    public @Nullable Language language() {
        return language;
    }

    public @Nullable ZoneId timeZone() {
        return timeZone;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(Role::authority).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExchangeUser user && user.email.equalsIgnoreCase(email);
    }

    @Override
    public int hashCode() {
        return email.toLowerCase(Locale.ROOT).hashCode();
    }

    @Override
    public String toString() {
        return "ExchangeUser[" + email + "]";
    }
}
