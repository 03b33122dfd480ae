/**
 * Single sign-on with one OpenID Connect provider (ADR 0023): the sign-in redirect and callback, the provider's
 * answer turned into the portal's own principal through {@code ExternalSignIn}, the group-to-role mapping and the
 * provider's logout. Nothing of it exists unless {@code EXCHANGE_OIDC_ISSUER} is set.
 */
@NullMarked
package org.healthequity.exchange.shared.security.oidc;

import org.jspecify.annotations.NullMarked;
