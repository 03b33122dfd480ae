package org.healthequity.exchange.member;

public enum AccountStatus {
    /** Registered, e-mail address not yet confirmed: cannot sign in. */
    PENDING,
    ACTIVE,
    /** Suspended by the secretariat: cannot sign in until reactivated. */
    SUSPENDED,
    /** Deleted by its owner: anonymised, kept only under a pseudonym. */
    DELETED
}
