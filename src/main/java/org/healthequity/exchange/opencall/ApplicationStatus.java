package org.healthequity.exchange.opencall;

/** An application's life: draft → submitted → accepted, declined or waitlisted; withdrawn or screened out. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, WITHDRAWN, INELIGIBLE, ACCEPTED, DECLINED, WAITLISTED;

    /** The statuses of an application that was submitted and not withdrawn: what the secretariat works with. */
    public static final java.util.Set<ApplicationStatus> SUBMITTED_STAGES = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(SUBMITTED, INELIGIBLE, ACCEPTED, DECLINED, WAITLISTED));

    public boolean isDecided() {
        return this == ACCEPTED || this == DECLINED || this == WAITLISTED;
    }
}
