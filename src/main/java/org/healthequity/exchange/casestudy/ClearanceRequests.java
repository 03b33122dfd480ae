package org.healthequity.exchange.casestudy;

import java.time.Clock;
import java.util.Set;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.springframework.stereotype.Component;

/**
 * Where the secretariat's approval of a case study meets national clearance (ADR 0032): a revision that names
 * countries with focal points is not published but waits for each of them, who are mailed and see it on their
 * dashboard. Runs in the moderation decision's transaction, the case study locked.
 */
@Component
class ClearanceRequests {

    private final ClearanceRows rows;
    private final ClearanceRepository clearances;
    private final ClearanceMail mail;
    private final AuditLog audit;
    private final Clock clock;

    ClearanceRequests(ClearanceRows rows, ClearanceRepository clearances, ClearanceMail mail, AuditLog audit,
            Clock clock) {
        this.rows = rows;
        this.clearances = clearances;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
    }

    /** Asks the countries with focal points to clear the approved revision; false when none must, so it goes live. */
    boolean requestIfNeeded(CaseStudy caseStudy, CaseStudyRevision approved) {
        Set<String> countries = rows.withFocalPoints(approved.countries());
        if (countries.isEmpty()) {
            return false;
        }
        approved.awaitClearance(clock.instant());
        caseStudy.awaitingClearance();
        for (String country : countries) {
            clearances.save(new Clearance(caseStudy.id(), approved.id(), country, clock.instant()));
            mail.requested(rows.focalPointsOf(country), approved.title(), country);
        }
        clearances.flush();
        audit.record("clearance.request", "case_study", caseStudy.id(), AuditOutcome.SUCCESS,
                "revision " + approved.id() + ", " + String.join(" ", countries));
        return true;
    }
}
