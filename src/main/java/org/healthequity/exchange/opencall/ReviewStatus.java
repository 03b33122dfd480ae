package org.healthequity.exchange.opencall;

/** A reviewer's assignment: scores in progress, submitted, or set aside for a declared conflict of interest. */
public enum ReviewStatus {
    ASSIGNED, SUBMITTED, CONFLICT
}
