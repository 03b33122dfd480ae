package org.healthequity.exchange.workgroup;

import java.time.Clock;
import java.time.Duration;
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

    private final GroupQueries queries;
    private final TransactionTemplate transactions;
    private final MailOutbox outbox;
    private final MemberContacts contacts;
    private final ExchangeProperties properties;
    private final Clock clock;

    GroupDigest(GroupQueries queries, TransactionTemplate transactions, MailOutbox outbox,
            MemberContacts contacts, ExchangeProperties properties, Clock clock) {
        this.queries = queries;
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

    /** Queues the digest of the day before the clock's (UTC) day for everyone who has not had it; returns how many. */
    int sendDue() {
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);
        Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        // Members of active groups only: nobody who left, and only the groups they are in.
        List<GroupQueries.DigestLine> lines = queries.digestLines(from, from.plus(Duration.ofDays(1)), day);
        Map<Long, List<GroupQueries.DigestLine>> byPerson = new LinkedHashMap<>();
        lines.forEach(l -> byPerson.computeIfAbsent(l.accountId(), k -> new ArrayList<>()).add(l));
        Map<Long, Recipient> addresses = contacts.recipients(byPerson.keySet());
        int sent = 0;
        for (Map.Entry<Long, List<GroupQueries.DigestLine>> person : byPerson.entrySet()) {
            Recipient contact = addresses.get(person.getKey());
            if (contact != null && Boolean.TRUE.equals(transactions.execute(status -> send(contact, day,
                    person.getValue())))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(Recipient contact, LocalDate day, List<GroupQueries.DigestLine> lines) {
        if (!queries.markDigestSent(contact.accountId(), day, clock.instant())) {
            return false;
        }
        StringBuilder text = new StringBuilder();
        String group = null;
        for (GroupQueries.DigestLine line : lines) {
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
