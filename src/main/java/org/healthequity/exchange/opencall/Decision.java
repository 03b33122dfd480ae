package org.healthequity.exchange.opencall;

/** The secretariat's decision on an application; REVISE sends it back to its applicant with requests and a deadline. */
public enum Decision {
    ACCEPT(ApplicationStatus.ACCEPTED), DECLINE(ApplicationStatus.DECLINED), WAITLIST(ApplicationStatus.WAITLISTED),
    REVISE(ApplicationStatus.REVISIONS_REQUESTED);

    private final ApplicationStatus status;

    Decision(ApplicationStatus status) {
        this.status = status;
    }

    public ApplicationStatus status() {
        return status;
    }
}
