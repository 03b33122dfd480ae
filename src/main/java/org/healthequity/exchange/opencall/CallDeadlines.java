package org.healthequity.exchange.opencall;

import java.time.Clock;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Closes open calls whose deadline has passed, so lists show them closed. Submissions do not depend on it: they are
 * refused against the call's closing instant whenever they arrive.
 */
@Component
class CallDeadlines {

    private static final Logger log = LoggerFactory.getLogger(CallDeadlines.class);

    private final OpenCallRepository calls;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CallDeadlines(OpenCallRepository calls, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.calls = calls;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** On one node at a time (docs/adr/0013-jobs-on-several-nodes.md). */
    @Scheduled(fixedDelayString = "${exchange.open-call.close-check:PT1M}", initialDelayString = "PT20S")
    @SchedulerLock(name = "open-call-deadlines", lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
    @Transactional
    public void closeCallsPastTheirDeadline() {
        for (OpenCall call : calls.findOpenPast(clock.instant())) {
            call.close(clock.instant());
            events.publishEvent(CallSearchSource.changed(call));
            audit.recordAs("system", "call.close", "open_call", call.id(), AuditOutcome.SUCCESS, "deadline passed");
            log.info("Closed call {} at its deadline", call.id());
        }
    }
}
