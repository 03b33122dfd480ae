package org.healthequity.exchange.shared.security;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A person as an external identity provider vouches for them, in terms every protocol has: OpenID Connect gives
 * issuer, subject and claims; a SAML relying party would give its entity id, the NameID and attributes.
 *
 * @param issuer the provider's identifier (OIDC {@code iss})
 * @param subject the provider's stable, never reassigned name of the person (OIDC {@code sub})
 * @param email the address the provider gives, if any
 * @param emailVerified whether the provider states that the person proved they own {@code email}
 * @param displayName the name the provider gives, for a new account
 * @param sessionRoles roles the provider's groups grant for this session only (never stored)
 */
public record ExternalIdentity(String issuer, String subject, @Nullable String email, boolean emailVerified,
        String displayName, Set<Role> sessionRoles) {

    public ExternalIdentity {
        sessionRoles = sessionRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(sessionRoles);
    }
}
