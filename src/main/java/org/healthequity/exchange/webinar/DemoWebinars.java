package org.healthequity.exchange.webinar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.RunAs;
import org.jspecify.annotations.Nullable;
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
 * The demo webinars, seeded once after the demo members: two past ones with recordings, materials and attendance,
 * five past monthly meetings over the last year and more (so the dashboards show a history),
 * upcoming ones for each audience, a monthly series of network meetings, and one nearly full with a waitlist. The
 * upcoming webinars and the series are scheduled through {@link WebinarScheduling} as the secretariat (ADR 0015). The
 * past webinars, their attendance and the registrations are the module's seeding hook, written with the entities:
 * the service refuses a start in the past, and registering through {@link WebinarRegistrations} would queue mail to
 * the demo people, who get none.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
class DemoWebinars implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoWebinars.class);
    private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

    private static final String SECRETARIAT = "secretariat@example.org";
    /** The demo people who register for the demo webinars, in the order the seeding hands out their places. */
    private static final List<String> PEOPLE = List.of(SECRETARIAT, "reviewer@example.org", "lead@example.org",
            "member@example.org", "researcher@example.org", "ana.souza@example.org", "joao.pereira@example.org",
            "ingrid.berg@example.org", "claire.dubois@example.org", "layla.haddad@example.org",
            "omar.siddiqui@example.org", "mere.tuilagi@example.org");

    private final WebinarRepository webinars;
    private final WebinarRegistrationRepository registrations;
    private final WebinarScheduling scheduling;
    private final RunAs runAs;
    private final ApplicationEventPublisher events;
    private final ExchangeProperties properties;
    private final Environment environment;
    private final Clock clock;

    DemoWebinars(WebinarRepository webinars, WebinarRegistrationRepository registrations,
            WebinarScheduling scheduling, RunAs runAs, ApplicationEventPublisher events, ExchangeProperties properties,
            Environment environment, Clock clock) {
        this.webinars = webinars;
        this.registrations = registrations;
        this.scheduling = scheduling;
        this.runAs = runAs;
        this.events = events;
        this.properties = properties;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demoDataEnabled(environment) || webinars.count() > 0) {
            return;
        }
        Optional<Long> secretariat = runAs.ifAccountExists(SECRETARIAT, DemoWebinars::me);
        List<Long> members = PEOPLE.stream()
                .flatMap(email -> runAs.ifAccountExists(email, DemoWebinars::me).stream()).toList();
        if (secretariat.isEmpty() || members.size() < PEOPLE.size()) {
            return;
        }
        long organiser = secretariat.get();
        Long lead = runAs.ifAccountExists("lead@example.org", DemoWebinars::me).orElse(null);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, GENEVA);

        Webinar launch = past(organiser, "Launching the World report on social determinants of health equity",
                """
                The first of the **country launches** of the World report: what the report finds, and how three \
                Member States are taking its recommendations into their national plans.""",
                today.minusDays(45).atTime(14, 0), 90, Audience.PUBLIC, null,
                Set.of(Language.ENGLISH, Language.FRENCH), Set.of(Language.ARABIC, Language.SPANISH),
                List.of(new AgendaItem(LocalTime.of(14, 0), "Welcome and introduction"),
                        new AgendaItem(LocalTime.of(14, 10), "Key findings of the report"),
                        new AgendaItem(LocalTime.of(14, 45), "Country panel"),
                        new AgendaItem(LocalTime.of(15, 20), "Questions and closing")),
                List.of(new Speaker(organiser, "Sophie Laurent"), new Speaker(null, "Dr Amina Yusuf")), now);
        launch.followUp("https://media.example.org/recordings/world-report-launch",
                "- [Slides: key findings](https://media.example.org/slides/world-report-findings.pdf)\n"
                        + "- [Summary for policy makers](https://media.example.org/docs/world-report-summary.pdf)",
                now);
        attendance(saved(launch), members.subList(0, 10), 7, now);

        Webinar heat = past(organiser, "Monitoring inequality with HEAT: a hands-on session",
                "How to explore disaggregated data with WHO’s **Health Equity Assessment Toolkit**, step by step.",
                today.minusDays(20).atTime(9, 0), 120, Audience.HIM, 30, Set.of(Language.ENGLISH),
                Set.of(Language.RUSSIAN), List.of(new AgendaItem(LocalTime.of(9, 0), "Opening"),
                        new AgendaItem(LocalTime.of(9, 15), "Exercises in small groups")),
                List.of(new Speaker(null, "HEAT team, WHO")), now);
        heat.followUp("https://media.example.org/recordings/heat-hands-on",
                "- [Exercise workbook](https://media.example.org/docs/heat-workbook.pdf)", now);
        attendance(saved(heat), members.subList(4, 12), 6, now);

        // Earlier monthly meetings of the HIM Network, so the dashboards' period shows a history (ADR 0029).
        for (int months = 2; months <= 14; months += 3) {
            Webinar meeting = past(organiser, "HIM Network monthly meeting", "The network’s monthly meeting, "
                    + "chaired by the Secretariat: updates from members and the working groups.",
                    today.minusMonths(months).withDayOfMonth(8).atTime(13, 0), 60, Audience.HIM, null,
                    Set.of(Language.ENGLISH), Set.of(), List.of(), List.of(), now);
            int first = months % 5;
            attendance(saved(meeting), members.subList(first, first + 6), 3 + months % 4, now);
        }

        long full = runAs.as(SECRETARIAT, () -> {
            scheduling.schedule(form("Intersectoral action on housing and health: country experiences",
                    "Three countries share how health and housing ministries worked together, and what it changed.",
                    today.plusDays(10).atTime(13, 0), 90, Audience.PUBLIC, null,
                    Set.of(Language.ENGLISH, Language.SPANISH), Set.of(Language.FRENCH, Language.CHINESE),
                    List.of(new AgendaItem(LocalTime.of(13, 0), "Welcome"),
                            new AgendaItem(LocalTime.of(13, 10), "Country experiences"),
                            new AgendaItem(LocalTime.of(14, 15), "Discussion")),
                    lead == null ? List.of(new Speaker(null, "Guest from UN-Habitat"))
                            : List.of(new Speaker(lead, "Lucía Fernández"),
                                    new Speaker(null, "Guest from UN-Habitat"))));
            scheduling.schedule(form("GKNHE member exchange: reviewing programmes with Innov8",
                    "An exchange among members who used the Innov8 approach to review national health programmes.",
                    today.plusDays(5).atTime(8, 0), 60, Audience.GKNHE, null, Set.of(Language.ENGLISH,
                            Language.FRENCH), Set.of(), List.of(), List.of(new Speaker(null, "Innov8 facilitators"))));
            scheduling.schedule(form("HIM Network monthly meeting",
                    "The network’s monthly meeting, chaired by the Secretariat: updates from members and the "
                            + "working groups.", today.plusMonths(1).withDayOfMonth(8).atTime(13, 0), 60,
                    Audience.HIM, null, Set.of(Language.ENGLISH), Set.of(), List.of(), List.of())
                    .withRepeat(Frequency.MONTHLY, 4));
            return scheduling.schedule(form("Capacity building: disaggregating health data by sex and age",
                    "A small practical workshop: places are limited so that everyone can take part.",
                    today.plusDays(21).atTime(15, 0), 120, Audience.PUBLIC, 5, Set.of(Language.ENGLISH),
                    Set.of(), List.of(), List.of(new Speaker(null, "Statistics trainers"))));
        });
        for (int i = 0; i < 7; i++) {
            WebinarRegistration registration = new WebinarRegistration(full, members.get(i));
            registration.enrol(i < 5, now.minus(Duration.ofHours(10 - i)));
            registrations.save(registration);
        }
        log.info("Seeded {} demo webinars", webinars.count());
    }

    /** A form in Geneva time, as the secretariat would fill it in. */
    private static WebinarForm form(String title, String description, LocalDateTime start, int minutes,
            Audience audience, @Nullable Integer capacity, Set<Language> languages, Set<Language> interpretation,
            List<AgendaItem> agenda, List<Speaker> speakers) {
        return new WebinarForm(title, description, agenda, speakers, start, start.plusMinutes(minutes), GENEVA,
                "https://meet.example.org/" + UUID.randomUUID().toString().substring(0, 8), languages,
                interpretation, audience, capacity, null, "", null, 0);
    }

    /** Seeding hook: a webinar that already took place, which the service would refuse to schedule. */
    private Webinar past(long organiser, String title, String description, LocalDateTime start, int minutes,
            Audience audience, @Nullable Integer capacity, Set<Language> languages,
            Set<Language> interpretation, List<AgendaItem> agenda, List<Speaker> speakers, Instant now) {
        WebinarForm form = form(title, description, start, minutes, audience, capacity, languages, interpretation,
                agenda, speakers);
        Webinar webinar = new Webinar(UUID.randomUUID() + "@healthequity.example.org", null, organiser, now);
        webinar.apply(form, start.atZone(GENEVA).toInstant(), start.plusMinutes(minutes).atZone(GENEVA).toInstant(),
                null, now);
        return webinar;
    }

    /** A webinar of the seeding hook, saved and announced to search as the service announces its own. */
    private Webinar saved(Webinar webinar) {
        Webinar saved = webinars.save(webinar);
        WebinarSearchSource.changes(null, saved).forEach(events::publishEvent);
        return saved;
    }

    /** Registers the people (before the event) and marks the first {@code came} of them present. */
    private void attendance(Webinar webinar, List<Long> people, int came, Instant now) {
        for (int i = 0; i < people.size(); i++) {
            WebinarRegistration registration = new WebinarRegistration(webinar.id(), people.get(i));
            registration.enrol(true, webinar.startsAt().minus(Duration.ofDays(3)));
            registration.attended(i < came);
            registrations.save(registration);
        }
    }

    private static Long me() {
        return CurrentUser.require().accountId();
    }
}
