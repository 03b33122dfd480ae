package org.healthequity.exchange.member;

/** What became of a link from a mail. */
public enum TokenOutcome {
    DONE, EXPIRED, INVALID
}
