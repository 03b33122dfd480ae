package org.healthequity.exchange.workgroup;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.member.MemberContacts.Recipient;
import org.healthequity.exchange.notification.MailOutbox;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The daily digest: one mail per person with the previous day's (UTC) posts in all the groups where they chose the
 * digest. A row in {@code work_group_digest_sent} is written in the same transaction as the queued mail; its primary
 * key (person, day) makes a second mail for the same day impossible, across restarts and instances.
 */
@Component
class GroupDigest {

    private static final Logger log = LoggerFactory.getLogger(GroupDigest.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final MailOutbox outbox;
    private final MemberContacts contacts;
    private final ExchangeProperties properties;
    private final Clock clock;

    GroupDigest(NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions, MailOutbox outbox,
            MemberContacts contacts, ExchangeProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.outbox = outbox;
        this.contacts = contacts;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * On one node at a time; the lock stays taken for five minutes after a run, so a node whose clock is a little
     * behind does not start the same hour's run again (the digest table would stop it sending twice anyway).
     */
    @Scheduled(cron = "${exchange.workgroup.digest-cron:0 15 * * * *}", zone = "UTC")
    @SchedulerLock(name = "workgroup-digest", lockAtMostFor = "PT50M", lockAtLeastFor = "PT5M")
    void scheduled() {
        int sent = sendDue();
        if (sent > 0) {
            log.info("Queued {} working-group digests", sent);
        }
    }

    private record Line(long accountId, String group, String slug, long threadId, String title, long posts) {
    }

    /** Queues the digest of the day before the clock's (UTC) day for everyone who has not had it; returns how many. */
    int sendDue() {
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);
        Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        MapSqlParameterSource window = new MapSqlParameterSource("from", Timestamp.from(from))
                .addValue("to", Timestamp.from(from.plus(java.time.Duration.ofDays(1)))).addValue("day", day);
        // Members of active groups only: nobody who left, and only the groups they are in.
        List<Line> lines = jdbc.query("""
                select m.account_id, g.name, g.slug, t.id as thread_id, t.title, count(*) as posts
                from work_group_post p
                join work_group_thread t on t.id = p.thread_id and t.deleted_at is null
                join work_group g on g.id = p.group_id and g.status = 'ACTIVE'
                join work_group_member m on m.group_id = p.group_id and m.notify = 'DIGEST'
                    and m.account_id <> p.author_id
                where p.deleted_at is null and p.created_at >= :from and p.created_at < :to
                  and not exists (select 1 from work_group_digest_sent s
                                  where s.account_id = m.account_id and s.day = :day)
                group by m.account_id, g.name, g.slug, t.id, t.title
                order by m.account_id, g.name, t.title""", window,
                (rs, i) -> new Line(rs.getLong("account_id"), rs.getString("name"), rs.getString("slug"),
                        rs.getLong("thread_id"), rs.getString("title"), rs.getLong("posts")));
        Map<Long, List<Line>> byPerson = new LinkedHashMap<>();
        lines.forEach(l -> byPerson.computeIfAbsent(l.accountId(), k -> new ArrayList<>()).add(l));
        Map<Long, Recipient> addresses = contacts.recipients(byPerson.keySet());
        int sent = 0;
        for (Map.Entry<Long, List<Line>> person : byPerson.entrySet()) {
            Recipient contact = addresses.get(person.getKey());
            if (contact != null && Boolean.TRUE.equals(transactions.execute(status -> send(contact, day,
                    person.getValue())))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(Recipient contact, LocalDate day, List<Line> lines) {
        int marked = jdbc.update("""
                insert into work_group_digest_sent (account_id, day, sent_at) values (:account, :day, :now)
                on conflict do nothing""", new MapSqlParameterSource("account", contact.accountId())
                .addValue("day", day).addValue("now", Timestamp.from(clock.instant())));
        if (marked == 0) {
            return false;
        }
        StringBuilder text = new StringBuilder();
        String group = null;
        for (Line line : lines) {
            if (!line.group().equals(group)) {
                group = line.group();
                text.append(text.isEmpty() ? "" : "\n").append(group).append('\n');
            }
            text.append("• ").append(line.title()).append(" (").append(line.posts()).append(")\n  ")
                    .append(properties.link("groups/" + line.slug() + "?thread=" + line.threadId())).append('\n');
        }
        outbox.queue(contact.email(), contact.language(), "workgroup-digest", contact.displayName(), day.toString(),
                text.toString().strip(), properties.link("groups"));
        return true;
    }
}
