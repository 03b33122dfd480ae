/** Who may do what: sign-in with its throttle, roles, the current user, security headers and session rules. */
@NullMarked
package org.healthequity.exchange.shared.security;

import org.jspecify.annotations.NullMarked;
