package org.healthequity.exchange.webinar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class WebinarRegistrationIntegrationTest extends IntegrationTest {

    private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

    @Autowired
    WebinarScheduling scheduling;

    @Autowired
    WebinarRegistrations registrations;

    @Autowired
    WebinarCalendar calendar;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    private WebinarFixture fixture;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2027-01-10T08:00:00Z"));
    }

    private long webinar(Integer capacity, Audience audience) {
        Accounts.signIn(users, "secretariat@example.org");
        long id = scheduling.schedule(WebinarFixture.withAudience(WebinarFixture.withCapacity(WebinarFixture.form(
                "Places " + capacity, LocalDateTime.parse("2027-02-15T14:00"), GENEVA), capacity), audience));
        SecurityContextHolder.clearContext();
        return id;
    }

    @Test
    void givesPlacesUntilFullThenQueuesAndSendsAnInvitationOnlyWithAPlace() {
        long id = webinar(1, Audience.PUBLIC);
        String first = fixture.member("Asia/Kolkata", "IN");
        String second = fixture.member("America/Bogota", "CO");
        Accounts.signIn(users, first);
        assertThat(registrations.register(id)).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(registrations.register(id)).as("registering again keeps the place")
                .isEqualTo(RegistrationStatus.REGISTERED);
        Accounts.signIn(users, second);
        assertThat(registrations.register(id)).isEqualTo(RegistrationStatus.WAITLISTED);

        assertThat(mail(first)).containsExactly("webinar.registered");
        assertThat(mail(second)).containsExactly("webinar.waitlisted");
        assertThat(jdbc.queryForObject("select attachment_type from outgoing_mail where recipient = ?", String.class,
                first)).isEqualTo("text/calendar; charset=UTF-8; method=REQUEST");
        assertThat(jdbc.queryForObject("select attachment is null from outgoing_mail where recipient = ?",
                Boolean.class, second)).isTrue();
        String body = jdbc.queryForObject("select text_body from outgoing_mail where recipient = ?", String.class,
                first);
        assertThat(body).contains("Asia/Kolkata", "6:30", "Europe/Zurich", "2:00",
                "https://meet.example.org/");
    }

    @Test
    void theJoiningLinkReachesOnlyPeopleWithAPlace() {
        long id = webinar(1, Audience.PUBLIC);
        String registered = fixture.member("Europe/Paris", "FR");
        String waiting = fixture.member("Europe/Paris", "FR");
        Accounts.signIn(users, registered);
        registrations.register(id);
        assertThat(calendar.webinar(id).orElseThrow().joinUrl()).startsWith("https://meet.example.org/");
        Accounts.signIn(users, waiting);
        registrations.register(id);
        WebinarPage waitingPage = calendar.webinar(id).orElseThrow();
        assertThat(waitingPage.joinUrl()).isNull();
        assertThat(waitingPage.waitlistPosition()).isEqualTo(1);
        SecurityContextHolder.clearContext();
        assertThat(calendar.webinar(id).orElseThrow().joinUrl()).isNull();
        assertThat(calendar.page(WebinarFilter.upcoming(), 0, 500)).extracting(WebinarCard::id).contains(id);
    }

    @Test
    void aNetworksWebinarIsHiddenFromEveryoneOutsideIt() {
        long id = webinar(null, Audience.HIM);
        String outsider = fixture.member("Europe/Oslo", "NO", "GKNHE");
        String insider = fixture.member("Europe/Oslo", "NO", "HIM");
        assertThat(calendar.webinar(id)).isEmpty();
        Accounts.signIn(users, outsider);
        assertThat(calendar.webinar(id)).isEmpty();
        assertThat(calendar.page(new WebinarFilter(Audience.HIM, null, false), 0, 500)).isEmpty();
        Refused problem = catchThrowableOfType(Refused.class, () -> registrations.register(id));
        assertThat(problem.messageKey()).isEqualTo("webinar.error.not-found");
        Accounts.signIn(users, insider);
        assertThat(calendar.webinar(id)).isPresent();
        assertThat(registrations.register(id)).isEqualTo(RegistrationStatus.REGISTERED);
    }

    @Test
    void aFreedPlaceGoesToTheFirstPersonWaitingWithAnInvitation() {
        long id = webinar(1, Audience.PUBLIC);
        String first = fixture.member("Africa/Nairobi", "KE");
        String second = fixture.member("Africa/Lagos", "NG");
        String third = fixture.member("Africa/Dakar", "SN");
        for (String person : List.of(first, second, third)) {
            Accounts.signIn(users, person);
            registrations.register(id);
        }
        Accounts.signIn(users, first);
        registrations.cancel(id);
        assertThat(mail(first)).containsExactly("webinar.registered", "webinar.unregistered");
        assertThat(mail(second)).containsExactly("webinar.waitlisted", "webinar.promoted");
        assertThat(mail(third)).containsExactly("webinar.waitlisted");
        assertThat(jdbc.queryForObject("select attachment_type from outgoing_mail where recipient = ?"
                + " and template = 'webinar.unregistered'", String.class, first)).contains("method=CANCEL");
        Accounts.signIn(users, second);
        assertThat(calendar.webinar(id).orElseThrow().mine()).isEqualTo(RegistrationStatus.REGISTERED);
    }

    @Test
    void raisingTheCapacityGivesTheNewPlacesToThePeopleWaiting() {
        long id = webinar(1, Audience.PUBLIC);
        String first = fixture.member("Europe/Madrid", "ES");
        String second = fixture.member("Europe/Madrid", "ES");
        for (String person : List.of(first, second)) {
            Accounts.signIn(users, person);
            registrations.register(id);
        }
        Accounts.signIn(users, "secretariat@example.org");
        org.healthequity.exchange.webinar.EditableWebinar editable = scheduling.editable(id).orElseThrow();
        scheduling.update(id, editable.version(), WebinarFixture.withCapacity(editable.form(), 2),
                EditScope.OCCURRENCE);
        assertThat(mail(second)).containsExactly("webinar.waitlisted", "webinar.promoted");
        assertThat(mail(first)).as("no change for calendars, no mail").containsExactly("webinar.registered");
        assertThat(count(id, "REGISTERED")).isEqualTo(2);
    }

    @Test
    void concurrentCancellationsPromoteEachPersonWaitingOnceAndNeverExceedTheCapacity() throws Exception {
        long id = webinar(2, Audience.PUBLIC);
        List<String> registered = List.of(fixture.member("UTC", null), fixture.member("UTC", null));
        List<String> waiting = List.of(fixture.member("UTC", null), fixture.member("UTC", null),
                fixture.member("UTC", null));
        for (String person : registered) {
            Accounts.signIn(users, person);
            registrations.register(id);
        }
        for (String person : waiting) {
            Accounts.signIn(users, person);
            registrations.register(id);
            clock.advance(java.time.Duration.ofSeconds(1));
        }
        List<Authentication> cancelling = new ArrayList<>();
        for (String person : registered) {
            cancelling.add(Accounts.signIn(users, person));
        }
        SecurityContextHolder.clearContext();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Authentication who : cancelling) {
                done.add(pool.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(who);
                    go.await();
                    registrations.cancel(id);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> each : done) {
                each.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(count(id, "REGISTERED")).isEqualTo(2);
        assertThat(count(id, "WAITLISTED")).isEqualTo(1);
        assertThat(mail(waiting.get(0))).containsExactly("webinar.waitlisted", "webinar.promoted");
        assertThat(mail(waiting.get(1))).containsExactly("webinar.waitlisted", "webinar.promoted");
        assertThat(mail(waiting.get(2))).containsExactly("webinar.waitlisted");
    }

    @Test
    void registrationClosesAtTheDeadlineAndAtTheStart() {
        Accounts.signIn(users, "secretariat@example.org");
        long id = scheduling.schedule(WebinarFixture.withDeadline(WebinarFixture.form("Deadline",
                LocalDateTime.parse("2027-02-15T14:00"), GENEVA), LocalDateTime.parse("2027-02-14T12:00")));
        Accounts.signIn(users, fixture.member("Europe/Zurich", "CH"));
        clock.set(Instant.parse("2027-02-14T11:00:01Z"));
        Refused problem = catchThrowableOfType(Refused.class, () -> registrations.register(id));
        assertThat(problem.messageKey()).isEqualTo("webinar.error.registration-closed");
        assertThat(calendar.webinar(id).orElseThrow().registrationOpen()).isFalse();
    }

    private long count(long webinarId, String status) {
        return jdbc.queryForObject("select count(*) from webinar_registration where webinar_id = ? and status = ?",
                Long.class, webinarId, status);
    }

    private List<String> mail(String recipient) {
        return jdbc.queryForList("select template from outgoing_mail where recipient = ? order by id", String.class,
                recipient);
    }
}
