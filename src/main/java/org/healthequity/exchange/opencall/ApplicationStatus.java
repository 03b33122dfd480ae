package org.healthequity.exchange.opencall;

/** An application's life: draft → submitted → accepted, declined or waitlisted; withdrawn or screened out. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, WITHDRAWN, INELIGIBLE, ACCEPTED, DECLINED, WAITLISTED;

    public boolean isDecided() {
        return this == ACCEPTED || this == DECLINED || this == WAITLISTED;
    }
}
