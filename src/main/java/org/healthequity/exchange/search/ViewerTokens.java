package org.healthequity.exchange.search;

import java.util.Set;

import org.healthequity.exchange.shared.security.ExchangeUser;
import org.springframework.modulith.NamedInterface;

/**
 * The visibility tokens a signed-in viewer holds, as the module that owns the membership knows them
 * ({@code "network:GKNHE"}, {@code "group:12"}, {@code "member:42"}). Search adds {@link SearchDocument#PUBLIC} for
 * everyone and asks every bean of this type for the rest, so it never imports the modules that own memberships. An
 * item is found only by a viewer holding at least one of its tokens.
 */
@NamedInterface("api")
public interface ViewerTokens {

    Set<String> tokens(ExchangeUser viewer);
}
