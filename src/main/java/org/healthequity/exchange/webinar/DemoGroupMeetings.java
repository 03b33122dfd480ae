package org.healthequity.exchange.webinar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.workgroup.GroupDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A demo working group's meetings, seeded once after the demo groups (which come after the demo webinars): a past
 * meeting with attendance and an upcoming one, both organised by the group's lead for its members only.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 60)
class DemoGroupMeetings implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoGroupMeetings.class);
    private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");
    private static final String GROUP = "health-inequality-data-standards";

    private final WebinarRepository webinars;
    private final WebinarRegistrationRepository registrations;
    private final GroupDirectory groups;
    private final JdbcTemplate jdbc;
    private final ExchangeProperties properties;
    private final Environment environment;
    private final Clock clock;

    DemoGroupMeetings(WebinarRepository webinars, WebinarRegistrationRepository registrations, GroupDirectory groups,
            JdbcTemplate jdbc, ExchangeProperties properties, Environment environment, Clock clock) {
        this.webinars = webinars;
        this.registrations = registrations;
        this.groups = groups;
        this.jdbc = jdbc;
        this.properties = properties;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demoDataEnabled(environment) || webinars.count() == 0 || jdbc.queryForObject(
                "select count(*) from webinar where audience = 'GROUP'", Long.class) > 0) {
            return;
        }
        // The demo data is written straight to the tables, as the other demo seeds do.
        List<Long> ids = jdbc.queryForList("select id from work_group where slug = ?", Long.class, GROUP);
        List<Long> lead = jdbc.queryForList("select id from account where lower(email) = 'lead@example.org'",
                Long.class);
        if (ids.isEmpty() || lead.isEmpty()) {
            return;
        }
        long group = ids.getFirst();
        List<Long> members = groups.memberIds(group);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, GENEVA);
        Webinar past = meeting(lead.getFirst(), group, "Data standards: agreeing the core stratifiers",
                today.minusDays(14).atTime(15, 0), now);
        webinars.save(past);
        Webinar next = meeting(lead.getFirst(), group, "Data standards: reviewing the draft report",
                today.plusDays(7).atTime(15, 0), now);
        webinars.save(next);
        for (int i = 0; i < members.size(); i++) {
            WebinarRegistration came = new WebinarRegistration(past.id(), members.get(i));
            came.enrol(true, past.startsAt().minus(java.time.Duration.ofDays(2)));
            came.attended(i % 3 != 2);
            registrations.save(came);
            if (i < 2) {
                WebinarRegistration coming = new WebinarRegistration(next.id(), members.get(i));
                coming.enrol(true, now);
                registrations.save(coming);
            }
        }
        log.info("Seeded 2 demo meetings for the working group {}", GROUP);
    }

    private static Webinar meeting(long organiser, long group, String title, LocalDateTime start, Instant now) {
        WebinarForm form = new WebinarForm(title, "The group's monthly meeting, for its members.",
                List.of(new AgendaItem(start.toLocalTime(), "Round of news"),
                        new AgendaItem(start.toLocalTime().plusMinutes(15), "Discussion")),
                List.of(), start, start.plusMinutes(60), GENEVA,
                "https://meet.example.org/" + UUID.randomUUID().toString().substring(0, 8), Set.of(Language.ENGLISH),
                Set.of(), Audience.PUBLIC, null, null, "", null, 0).forGroup(group);
        Webinar webinar = new Webinar(UUID.randomUUID() + "@healthequity.example.org", null, organiser, now);
        webinar.apply(form, start.atZone(GENEVA).toInstant(), start.plusMinutes(60).atZone(GENEVA).toInstant(), null,
                now);
        return webinar;
    }
}
