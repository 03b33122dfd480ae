package org.healthequity.exchange.member;

/**
 * A person's password was changed or reset: whatever else opened their data without a password (a calendar feed's
 * secret address) must be renewed.
 */
public record PasswordChanged(long accountId) {
}
