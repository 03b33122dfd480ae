package org.healthequity.exchange.opencall;

/** The secretariat's decision on an application. */
public enum Decision {
    ACCEPT(ApplicationStatus.ACCEPTED), DECLINE(ApplicationStatus.DECLINED), WAITLIST(ApplicationStatus.WAITLISTED);

    private final ApplicationStatus status;

    Decision(ApplicationStatus status) {
        this.status = status;
    }

    public ApplicationStatus status() {
        return status;
    }
}
