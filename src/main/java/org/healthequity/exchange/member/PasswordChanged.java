package org.healthequity.exchange.member;

import org.springframework.modulith.NamedInterface;

/**
 * A person's password was changed or reset: whatever else opened their data without a password (a calendar feed's
 * secret address) must be renewed.
 */
@NamedInterface("api")
public record PasswordChanged(long accountId) {
}
