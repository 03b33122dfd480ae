package org.healthequity.exchange.webinar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.MutableClock;
import org.healthequity.exchange.support.People;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * People, forms and the services for the webinar tests: each test makes its own people and webinars, with unique
 * addresses, signed in as whoever would act.
 */
@TestComponent
public class WebinarFixture {

    public static final String SECRETARIAT = People.SECRETARIAT;
    public static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");
    /** The tests' "now": the webinars they schedule in February 2027 lie ahead. */
    public static final Instant TESTS_NOW = Instant.parse("2027-01-10T08:00:00Z");

    private final People people;
    private final WebinarScheduling scheduling;
    private final WebinarRegistrations registrations;
    private final WebinarCalendar calendar;
    private final UserDetailsService users;
    private final MutableClock clock;
    private final JdbcTemplate jdbc;

    WebinarFixture(People people, WebinarScheduling scheduling, WebinarRegistrations registrations,
            WebinarCalendar calendar, UserDetailsService users, MutableClock clock, JdbcTemplate jdbc) {
        this.people = people;
        this.scheduling = scheduling;
        this.registrations = registrations;
        this.calendar = calendar;
        this.users = users;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public WebinarScheduling scheduling() {
        return scheduling;
    }

    public WebinarRegistrations registrations() {
        return registrations;
    }

    public WebinarCalendar calendar() {
        return calendar;
    }

    /** Sets the test clock to {@link #TESTS_NOW}. */
    public void atTestsNow() {
        clock.set(TESTS_NOW);
    }

    public Authentication signIn(String email) {
        return Accounts.signIn(users, email);
    }

    public void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** The webinar scheduled by the secretariat; nobody is signed in afterwards. */
    public long scheduled(WebinarForm form) {
        signIn(SECRETARIAT);
        long id = scheduling.schedule(form);
        signOut();
        return id;
    }

    /** The templates of the mail queued to the address, oldest first. */
    public List<String> mailTemplates(String recipient) {
        return jdbc.queryForList("select template from outgoing_mail where recipient = ? order by id", String.class,
                recipient);
    }

    /** An active member with a time zone and country, in the given networks ("HIM", "GKNHE"); returns the address. */
    public String member(@Nullable String zone, @Nullable String country, String... networks) {
        String email = people.member("Person " + UUID.randomUUID().toString().substring(0, 8),
                Arrays.stream(networks).map(Network::valueOf).toArray(Network[]::new));
        people.inTimeZone(email, zone == null ? null : ZoneId.of(zone));
        if (country != null) {
            people.withProfile(email, form -> People.inCountry(form, country));
        }
        return email;
    }

    public long accountId(String email) {
        return people.id(email);
    }

    /** A public webinar of an hour in the zone, open to all, in English. */
    public static WebinarForm form(String title, LocalDateTime start, ZoneId zone) {
        return new WebinarForm(title, "About **equity**.", List.of(new AgendaItem(start.toLocalTime(), "Welcome")),
                List.of(new Speaker(null, "Guest Speaker")), start, start.plusHours(1), zone,
                "https://meet.example.org/" + UUID.randomUUID(), Set.of(Language.ENGLISH), Set.of(), Audience.PUBLIC,
                null, null, "", null, 0);
    }

    public static WebinarForm withCapacity(WebinarForm form, @Nullable Integer capacity) {
        return form.withCapacity(capacity);
    }

    public static WebinarForm withTimes(WebinarForm form, LocalDateTime start, LocalDateTime end) {
        return form.withTimes(start, end);
    }

    public static WebinarForm withAudience(WebinarForm form, Audience audience) {
        return form.withAudience(audience);
    }

    public static WebinarForm repeating(WebinarForm form, Frequency frequency, int occurrences) {
        return form.withRepeat(frequency, occurrences);
    }

    public static WebinarForm withDeadline(WebinarForm form, @Nullable LocalDateTime deadline) {
        return form.withRegistrationDeadline(deadline);
    }
}
