package org.healthequity.exchange.opencall;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * An application's life: draft → submitted → accepted, declined or waitlisted; withdrawn or screened out; or sent back
 * to its applicant for revisions until a deadline.
 */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, WITHDRAWN, INELIGIBLE, ACCEPTED, DECLINED, WAITLISTED, REVISIONS_REQUESTED;

    /** The statuses of an application that was submitted and not withdrawn: what the secretariat works with. */
    public static final Set<ApplicationStatus> SUBMITTED_STAGES = Collections.unmodifiableSet(
            EnumSet.of(SUBMITTED, INELIGIBLE, ACCEPTED, DECLINED, WAITLISTED, REVISIONS_REQUESTED));

    public boolean isDecided() {
        return this == ACCEPTED || this == DECLINED || this == WAITLISTED;
    }
}
