package org.healthequity.exchange.webinar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.healthequity.exchange.workgroup.GroupDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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

    private record Due(long registrationId, long accountId, long webinarId, String uid, int sequence, String title,
            String description, Instant start, Instant end, ZoneId zone, String joinUrl, Instant updatedAt,
            @Nullable Long groupId) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final WebinarMail mail;
    private final TransactionTemplate transactions;
    private final GroupDirectory groups;
    private final Clock clock;

    WebinarReminders(NamedParameterJdbcTemplate jdbc, WebinarMail mail, TransactionTemplate transactions,
            GroupDirectory groups, Clock clock) {
        this.groups = groups;
        this.jdbc = jdbc;
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
        for (Due due : due(now)) {
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

    /**
     * Places at webinars starting within a day whose reminder for the current window (the last hour, else the last
     * day) is not in the outbox yet, for people who had their place before that window opened.
     */
    private List<Due> due(Instant now) {
        return jdbc.query("""
                select r.id as registration_id, r.account_id, w.id as webinar_id, w.uid, w.sequence, w.title,
                       w.description, w.starts_at, w.ends_at, w.zone, w.join_url, w.updated_at, w.group_id
                from webinar_registration r join webinar w on w.id = r.webinar_id
                where r.status = 'REGISTERED' and w.status = 'SCHEDULED'
                  and w.starts_at > :now and w.starts_at <= :day
                  and r.confirmed_at < case when w.starts_at <= :hour then w.starts_at - interval '1 hour'
                                            else w.starts_at - interval '24 hours' end
                  and not exists (select 1 from outgoing_mail m where m.dedup_key = 'webinar-reminder:'
                        || case when w.starts_at <= :hour then 'hour' else 'day' end
                        || ':' || r.id || ':' || cast(extract(epoch from w.starts_at) as bigint))
                order by w.starts_at, r.id
                limit 1000""", new MapSqlParameterSource("now", Timestamp.from(now))
                        .addValue("day", Timestamp.from(now.plus(DAY))).addValue("hour", Timestamp.from(now.plus(HOUR))),
                (rs, i) -> new Due(rs.getLong("registration_id"), rs.getLong("account_id"), rs.getLong("webinar_id"),
                        rs.getString("uid"), rs.getInt("sequence"), rs.getString("title"), rs.getString("description"),
                        rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                        ZoneId.of(rs.getString("zone")), rs.getString("join_url"),
                        rs.getTimestamp("updated_at").toInstant(), (Long) rs.getObject("group_id")));
    }
}
