package org.healthequity.exchange.shared.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Hands the event publications that no listener completed (the listener failed, or its node died while it ran) to
 * their listeners again. One node at a time does it, under a lock: were every node to resubmit on start or on a
 * schedule, two nodes would run the same listener for the same event at once. Only publications older than
 * {@code exchange.events.resubmit-after} are taken, so that a listener still running normally is not run twice.
 * <p>
 * A listener that keeps failing is not retried for ever: after each failed resubmission the next waits twice as long
 * (5, 10, 20 ... minutes), and after {@code exchange.events.max-attempts} attempts (10: about three and a half days)
 * the publication is left alone; each run counts such publications in one WARN line until an operator has dealt with
 * them (docs/operations.md).
 */
@Component
class UnfinishedEvents {

    private static final Logger log = LoggerFactory.getLogger(UnfinishedEvents.class);

    private final IncompleteEventPublications incomplete;
    private final Duration minimumAge;
    private final int maxAttempts;
    private final Clock clock;

    UnfinishedEvents(IncompleteEventPublications incomplete,
            EventSettings settings, Clock clock) {
        this.incomplete = incomplete;
        this.minimumAge = settings.resubmitAfter();
        this.maxAttempts = settings.maxAttempts();
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${exchange.events.resubmit-interval:PT5M}",
            initialDelayString = "${exchange.events.resubmit-interval:PT5M}")
    @SchedulerLock(name = "event-publication-resubmission", lockAtMostFor = "PT30M", lockAtLeastFor = "PT30S")
    void resubmit() {
        resubmitOlderThan(minimumAge);
    }

    /** Resubmits what is older than the age and due by its back-off; returns how many were given up (left alone). */
    int resubmitOlderThan(Duration age) {
        Instant now = clock.instant();
        AtomicInteger givenUp = new AtomicInteger();
        Instant publishedBefore = now.minus(age);
        incomplete.resubmitIncompletePublications(publication -> {
            if (!publication.getPublicationDate().isBefore(publishedBefore)) {
                return false;
            }
            if (publication.getCompletionAttempts() >= maxAttempts) {
                givenUp.incrementAndGet();
                return false;
            }
            return due(publication, age, now);
        });
        if (givenUp.get() > 0) {
            log.warn("{} event publications failed {} times and are no longer resubmitted: see event_publication"
                    + " where completion_date is null and completion_attempts >= {}", givenUp.get(), maxAttempts,
                    maxAttempts);
        }
        return givenUp.get();
    }

    /** Due once the back-off since its last resubmission (the age, doubled for each attempt) has passed. */
    private static boolean due(EventPublication publication, Duration age, Instant now) {
        Instant last = publication.getLastResubmissionDate();
        if (last == null) {
            return true;
        }
        int attempts = Math.max(0, publication.getCompletionAttempts() - 1);
        Duration backOff = age.multipliedBy(1L << Math.min(attempts, 20));
        return !last.plus(backOff).isAfter(now);
    }
}
