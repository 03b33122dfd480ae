package org.healthequity.exchange.casestudy;

import java.util.Locale;

/**
 * One country's clearance of one revision (ADR 0032): PENDING until its focal point clears it or asks for changes;
 * WITHDRAWN when another country's request for changes sent the revision back first.
 */
public enum ClearanceStatus {
    PENDING, CLEARED, CHANGES_REQUESTED, WITHDRAWN;

    public String messageKey() {
        return "clearance.status." + name().toLowerCase(Locale.ROOT);
    }
}
