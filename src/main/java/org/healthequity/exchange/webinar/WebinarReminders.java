package org.healthequity.exchange.webinar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.healthequity.exchange.workgroup.GroupDirectory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Reminders 24 hours and 1 hour before a webinar, to everyone with a place. Each reminder is queued with a key of the
 * registration, the kind and the start time: the outbox keeps one message per key, so a reminder goes out once even
 * when this job runs again, after a restart or on two instances, and again only if the webinar moves. Someone who got
 * their place after the reminder's moment gets no "tomorrow" reminder; their confirmation said it all.
 */
@Component
class WebinarReminders {

    static final Duration DAY = Duration.ofHours(24);
    static final Duration HOUR = Duration.ofHours(1);

    private final WebinarQueries queries;
    private final WebinarMail mail;
    private final TransactionTemplate transactions;
    private final GroupDirectory groups;
    private final Clock clock;

    WebinarReminders(WebinarQueries queries, WebinarMail mail, TransactionTemplate transactions,
            GroupDirectory groups, Clock clock) {
        this.groups = groups;
        this.queries = queries;
        this.mail = mail;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${exchange.webinars.reminder-interval:PT1M}",
            initialDelayString = "${exchange.webinars.reminder-interval:PT1M}")
    @SchedulerLock(name = "webinar-reminders", lockAtMostFor = "PT10M", lockAtLeastFor = "PT10S")
    void scheduled() {
        sendDue();
    }

    /** Queues the reminders due now; returns how many were queued (not those queued before). */
    int sendDue() {
        Instant now = clock.instant();
        int queued = 0;
        for (WebinarQueries.Due due : queries.remindersDue(now, now.plus(DAY), now.plus(HOUR))) {
            Long group = due.groupId();
            if (group != null && !groups.isMember(group, due.accountId())) {
                continue; // left the group since registering: its meetings are no longer theirs to hear about
            }
            boolean withinHour = !due.start().minus(HOUR).isAfter(now);
            String kind = withinHour ? "hour" : "day";
            String template = withinHour ? WebinarMail.REMINDER_HOUR : WebinarMail.REMINDER_DAY;
            String key = "webinar-reminder:" + kind + ":" + due.registrationId() + ":" + due.start().getEpochSecond();
            CalendarEntry entry = new CalendarEntry(due.uid(), due.sequence(), due.title(), due.description(),
                    due.start(), due.end(), due.zone(), due.joinUrl(), mail.pageUrl(due.webinarId()), false,
                    due.updatedAt());
            Boolean sent = transactions.execute(status -> mail.reminder(entry, due.webinarId(), due.accountId(),
                    template, key));
            if (Boolean.TRUE.equals(sent)) {
                queued++;
            }
        }
        return queued;
    }
}
