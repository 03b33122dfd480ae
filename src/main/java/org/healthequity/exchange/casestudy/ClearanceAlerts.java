package org.healthequity.exchange.casestudy;

import java.time.Clock;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Alerts the secretariat, once per clearance (mail and dashboard task), of a country's clearance waiting longer than
 * {@code exchange.clearance.alert-after}: a mail to its mailbox, and a task on its dashboard until it is decided.
 */
@Component
class ClearanceAlerts {

    private final ClearanceRepository clearances;
    private final CaseStudyRevisionRepository revisions;
    private final ClearanceMail mail;
    private final AuditLog audit;
    private final ClearanceSettings settings;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ClearanceAlerts(ClearanceRepository clearances, CaseStudyRevisionRepository revisions, ClearanceMail mail,
            AuditLog audit, ClearanceSettings settings, Clock clock, TransactionTemplate transactions) {
        this.transactions = transactions;
        this.clearances = clearances;
        this.revisions = revisions;
        this.mail = mail;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** On one node at a time (docs/adr/0013-jobs-on-several-nodes.md). */
    @Scheduled(fixedDelayString = "${exchange.clearance.alert-check:PT1H}", initialDelayString = "PT1M")
    @SchedulerLock(name = "clearance-alerts", lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
    void scheduled() {
        alertOverdue();
    }

    /** Alerts of the clearances overdue now, in one transaction; returns how many (not those alerted before). */
    int alertOverdue() {
        Integer alerted = transactions.execute(status -> {
            int count = 0;
            for (Clearance clearance : clearances.overdue(clock.instant().minus(settings.alertAfter()))) {
                if (clearance.alert(clock.instant())) {
                    String title = revisions.findById(clearance.revisionId()).map(CaseStudyRevision::title)
                            .orElse("");
                    mail.overdue(title, clearance.country());
                    audit.recordAs("system", "clearance.overdue", "case_study", clearance.caseStudyId(),
                            AuditOutcome.SUCCESS, clearance.country());
                    count++;
                }
            }
            return count;
        });
        return alerted == null ? 0 : alerted;
    }
}
