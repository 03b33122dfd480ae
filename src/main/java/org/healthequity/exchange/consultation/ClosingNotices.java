package org.healthequity.exchange.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Tells the participants of each published consultation, once, that it closes within 48 hours. One node runs it at a
 * time (the shared job lock); the notice's time is written in the transaction that queues the mail, so a second run
 * or node finds nothing left to send.
 */
@Component
class ClosingNotices {

    static final Duration AHEAD = Duration.ofHours(48);

    private final ConsultationRepository consultations;
    private final ConsultationMails mails;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ClosingNotices(ConsultationRepository consultations, ConsultationMails mails, TransactionTemplate transactions,
            Clock clock) {
        this.consultations = consultations;
        this.mails = mails;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${exchange.consultation.closing-check:PT15M}",
            initialDelayString = "${exchange.consultation.closing-check:PT15M}")
    @SchedulerLock(name = "consultation-closing-notices", lockAtMostFor = "PT30M", lockAtLeastFor = "PT30S")
    void scheduled() {
        send();
    }

    /** Queues the notices now due, in one transaction with their marks; returns for how many consultations. */
    int send() {
        Integer sent = transactions.execute(status -> sendDue());
        return sent == null ? 0 : sent;
    }

    private int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (Consultation consultation : consultations.findByStatusAndClosingNoticeAtIsNullAndClosesAtBetween(
                Consultation.Status.PUBLISHED, now, now.plus(AHEAD))) {
            if (consultation.phase(now) != ConsultationPhase.OPEN) {
                continue;
            }
            mails.closingSoon(consultation);
            consultation.closingNoticeSent(now);
            sent++;
        }
        return sent;
    }
}
