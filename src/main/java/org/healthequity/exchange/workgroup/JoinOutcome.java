package org.healthequity.exchange.workgroup;

/** What asking to join did: the person is in, or their request waits for a lead. */
public enum JoinOutcome {
    JOINED, REQUESTED
}
