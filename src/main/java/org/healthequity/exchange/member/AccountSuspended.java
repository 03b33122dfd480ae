package org.healthequity.exchange.member;

/** The secretariat suspended an account: the person can no longer sign in and their secret addresses stop working. */
public record AccountSuspended(long accountId) {
}
