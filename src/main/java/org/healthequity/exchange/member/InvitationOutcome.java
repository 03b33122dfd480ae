package org.healthequity.exchange.member;

/** What became of an attempt to accept an invitation. */
public enum InvitationOutcome {
    ACCEPTED, EXPIRED, INVALID, OTHER_ADDRESS
}
