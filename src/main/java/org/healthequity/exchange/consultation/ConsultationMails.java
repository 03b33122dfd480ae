package org.healthequity.exchange.consultation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.healthequity.exchange.member.AudienceFilter;
import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.NewsletterAudiences;
import org.healthequity.exchange.notification.MailOutbox;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.workgroup.GroupDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The module's mail, queued in the caller's transaction: the opening, a pinned weekly summary, the closing soon and the
 * published synthesis, each to the consultation's participants. A network-wide consultation reaches only the members
 * who receive their network's mailings (the preference the newsletter's unsubscribe link sets); a group's or invited
 * people's consultation reaches each of them. Times are written in the recipient's time zone when they chose one.
 */
@Component
class ConsultationMails {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm (VV)");
    private static final int BATCH = 500;

    private record Target(String email, Language language, ZoneId zone) {
    }

    private final MailOutbox outbox;
    private final MemberContacts contacts;
    private final NewsletterAudiences audiences;
    private final GroupDirectory groups;
    private final ConsultationRows rows;
    private final ExchangeProperties properties;

    ConsultationMails(MailOutbox outbox, MemberContacts contacts, NewsletterAudiences audiences, GroupDirectory groups,
            ConsultationRows rows, ExchangeProperties properties) {
        this.outbox = outbox;
        this.contacts = contacts;
        this.audiences = audiences;
        this.groups = groups;
        this.rows = rows;
        this.properties = properties;
    }

    void opened(Consultation consultation) {
        for (Target to : participants(consultation)) {
            outbox.queue(to.email(), to.language(), "consultation-opened", consultation.title(),
                    time(consultation.opensAt(), to.zone()), time(consultation.closesAt(), to.zone()),
                    link(consultation));
        }
    }

    void summaryPinned(Consultation consultation, String excerpt) {
        for (Target to : participants(consultation)) {
            outbox.queue(to.email(), to.language(), "consultation-summary", consultation.title(), excerpt,
                    link(consultation));
        }
    }

    void closingSoon(Consultation consultation) {
        for (Target to : participants(consultation)) {
            outbox.queue(to.email(), to.language(), "consultation-closing", consultation.title(),
                    time(consultation.closesAt(), to.zone()), link(consultation));
        }
    }

    void synthesisPublished(Consultation consultation) {
        for (Target to : participants(consultation)) {
            outbox.queue(to.email(), to.language(), "consultation-synthesis", consultation.title(),
                    link(consultation));
        }
    }

    private String link(Consultation consultation) {
        return properties.link("consultations/" + consultation.id());
    }

    private static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    private List<Target> participants(Consultation consultation) {
        List<Target> targets = new ArrayList<>();
        switch (consultation.scope()) {
            case NETWORK -> {
                Network network = consultation.network();
                if (network == null) {
                    return targets;
                }
                AudienceFilter members = new AudienceFilter(Set.of(network), Set.of(), Set.of(), Set.of(), Set.of(),
                        Set.of());
                long after = 0;
                List<NewsletterAudiences.Recipient> page;
                do {
                    page = audiences.recipients(members, after, BATCH);
                    // The audience decides who (its mailings consent); the person's own zone, how times read.
                    addPeople(targets, page.stream().map(NewsletterAudiences.Recipient::accountId).toList());
                    after = page.isEmpty() ? after : page.getLast().accountId();
                } while (page.size() == BATCH);
            }
            case GROUP -> {
                Long group = consultation.groupId();
                addPeople(targets, group == null ? List.of() : groups.memberIds(group));
            }
            case INVITED -> addPeople(targets, rows.invitees(consultation.id()));
        }
        return targets;
    }

    private void addPeople(List<Target> targets, List<Long> accountIds) {
        contacts.recipients(accountIds).values().forEach(r -> targets.add(new Target(r.email(), r.language(),
                zoneOrUtc(r.zone()))));
    }

    private static ZoneId zoneOrUtc(@Nullable ZoneId zone) {
        return zone == null ? ZoneOffset.UTC : zone;
    }
}
