package org.healthequity.exchange.shared.jobs;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Hands the event publications that no listener completed (the listener failed, or its node died while it ran) to
 * their listeners again. One node at a time does it, under a lock: were every node to resubmit on start or on a
 * schedule, two nodes would run the same listener for the same event at once. Only publications older than
 * {@code exchange.events.resubmit-after} are taken, so that a listener still running normally is not run twice.
 */
@Component
class UnfinishedEvents {

    private final IncompleteEventPublications incomplete;
    private final Duration minimumAge;

    UnfinishedEvents(IncompleteEventPublications incomplete,
            @Value("${exchange.events.resubmit-after:PT5M}") Duration minimumAge) {
        this.incomplete = incomplete;
        this.minimumAge = minimumAge;
    }

    @Scheduled(fixedDelayString = "${exchange.events.resubmit-interval:PT5M}",
            initialDelayString = "${exchange.events.resubmit-interval:PT5M}")
    @SchedulerLock(name = "event-publication-resubmission", lockAtMostFor = "PT30M", lockAtLeastFor = "PT30S")
    void resubmit() {
        resubmitOlderThan(minimumAge);
    }

    void resubmitOlderThan(Duration age) {
        incomplete.resubmitIncompletePublicationsOlderThan(age);
    }
}
