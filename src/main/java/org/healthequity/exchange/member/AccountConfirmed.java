package org.healthequity.exchange.member;

/** A person confirmed their e-mail address: their account is active. */
public record AccountConfirmed(long accountId, String email) {
}
