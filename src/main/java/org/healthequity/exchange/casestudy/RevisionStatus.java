package org.healthequity.exchange.casestudy;

import java.util.Locale;

/**
 * The state of one version of a case study. Every version is kept; only a PUBLISHED one is ever public. An approved
 * version naming a country with a clearance focal point is AWAITING_CLEARANCE until each such country cleared it.
 */
public enum RevisionStatus {
    DRAFT, SUBMITTED, RETURNED, AWAITING_CLEARANCE, PUBLISHED, SUPERSEDED, REJECTED, WITHDRAWN;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public String messageKey() {
        return "case-study.revision-status." + name().toLowerCase(Locale.ROOT);
    }
}
