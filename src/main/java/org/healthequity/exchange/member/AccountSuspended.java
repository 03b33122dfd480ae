package org.healthequity.exchange.member;

import org.springframework.modulith.NamedInterface;

/** The secretariat suspended an account: the person can no longer sign in and their secret addresses stop working. */
@NamedInterface("api")
public record AccountSuspended(long accountId) {
}
