package org.healthequity.exchange.webinar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.RunAs;
import org.healthequity.exchange.workgroup.GroupDirectory;
import org.healthequity.exchange.workgroup.WorkingGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A demo working group's meetings, seeded once after the demo groups (which come after the demo webinars): a past
 * meeting with attendance and an upcoming one, both organised by the group's lead for its members only. The upcoming
 * meeting is scheduled through {@link WebinarScheduling} as the lead (ADR 0015); the past one and the places are the
 * module's seeding hook, written with the entities, because the service refuses a start in the past and registering
 * through {@link WebinarRegistrations} would queue mail to the demo people.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 60)
class DemoGroupMeetings implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoGroupMeetings.class);
    private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");
    private static final String GROUP = "health-inequality-data-standards";
    private static final String LEAD = "lead@example.org";

    private final WebinarRepository webinars;
    private final WebinarRegistrationRepository registrations;
    private final WebinarScheduling scheduling;
    private final WorkingGroups workingGroups;
    private final GroupDirectory groups;
    private final RunAs runAs;
    private final ApplicationEventPublisher events;
    private final ExchangeProperties properties;
    private final Environment environment;
    private final Clock clock;

    DemoGroupMeetings(WebinarRepository webinars, WebinarRegistrationRepository registrations,
            WebinarScheduling scheduling, WorkingGroups workingGroups, GroupDirectory groups, RunAs runAs,
            ApplicationEventPublisher events, ExchangeProperties properties, Environment environment, Clock clock) {
        this.webinars = webinars;
        this.registrations = registrations;
        this.scheduling = scheduling;
        this.workingGroups = workingGroups;
        this.groups = groups;
        this.runAs = runAs;
        this.events = events;
        this.properties = properties;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demoDataEnabled(environment) || webinars.count() == 0
                || webinars.existsByAudience(Audience.GROUP)) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, GENEVA);
        Optional<long[]> found = runAs.ifAccountExists(LEAD, () -> workingGroups.group(GROUP)
                .map(page -> new long[] {CurrentUser.require().accountId(), page.card().id()}))
                .flatMap(group -> group);
        if (found.isEmpty()) {
            return;
        }
        long lead = found.get()[0];
        long group = found.get()[1];
        List<Long> members = groups.memberIds(group);
        Webinar past = past(lead, group, "Data standards: agreeing the core stratifiers",
                today.minusDays(14).atTime(15, 0), now);
        webinars.save(past);
        WebinarSearchSource.changes(null, past).forEach(events::publishEvent);
        long next = runAs.as(LEAD, () -> scheduling.schedule(form("Data standards: reviewing the draft report",
                today.plusDays(7).atTime(15, 0)).forGroup(group)));
        for (int i = 0; i < members.size(); i++) {
            WebinarRegistration came = new WebinarRegistration(past.id(), members.get(i));
            came.enrol(true, past.startsAt().minus(Duration.ofDays(2)));
            came.attended(i % 3 != 2);
            registrations.save(came);
            if (i < 2) {
                WebinarRegistration coming = new WebinarRegistration(next, members.get(i));
                coming.enrol(true, now);
                registrations.save(coming);
            }
        }
        log.info("Seeded 2 demo meetings for the working group {}", GROUP);
    }

    private static WebinarForm form(String title, LocalDateTime start) {
        return new WebinarForm(title, "The group's monthly meeting, for its members.",
                List.of(new AgendaItem(start.toLocalTime(), "Round of news"),
                        new AgendaItem(start.toLocalTime().plusMinutes(15), "Discussion")),
                List.of(), start, start.plusMinutes(60), GENEVA,
                "https://meet.example.org/" + UUID.randomUUID().toString().substring(0, 8), Set.of(Language.ENGLISH),
                Set.of(), Audience.PUBLIC, null, null, "", null, 0);
    }

    /** Seeding hook: a meeting that already took place, which the service would refuse to schedule. */
    private static Webinar past(long organiser, long group, String title, LocalDateTime start, Instant now) {
        WebinarForm form = form(title, start).forGroup(group);
        Webinar webinar = new Webinar(UUID.randomUUID() + "@healthequity.example.org", null, organiser, now);
        webinar.apply(form, start.atZone(GENEVA).toInstant(), start.plusMinutes(60).atZone(GENEVA).toInstant(), null,
                now);
        return webinar;
    }
}
