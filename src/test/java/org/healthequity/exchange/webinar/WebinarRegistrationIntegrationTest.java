package org.healthequity.exchange.webinar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.healthequity.exchange.webinar.WebinarFixture.GENEVA;

class WebinarRegistrationIntegrationTest extends IntegrationTest {

    @Autowired
    private WebinarFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        fixture.atTestsNow();
    }

    private long webinar(Integer capacity, Audience audience) {
        return fixture.scheduled(WebinarFixture.withAudience(WebinarFixture.withCapacity(WebinarFixture.form(
                "Places " + capacity, LocalDateTime.parse("2027-02-15T14:00"), GENEVA), capacity),
                audience));
    }

    @Test
    void givesPlacesUntilFullThenQueuesAndSendsAnInvitationOnlyWithAPlace() {
        long id = webinar(1, Audience.PUBLIC);
        String first = fixture.member("Asia/Kolkata", "IN");
        String second = fixture.member("America/Bogota", "CO");
        fixture.signIn(first);
        assertThat(fixture.registrations().register(id)).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(fixture.registrations().register(id)).as("registering again keeps the place")
                .isEqualTo(RegistrationStatus.REGISTERED);
        fixture.signIn(second);
        assertThat(fixture.registrations().register(id)).isEqualTo(RegistrationStatus.WAITLISTED);

        assertThat(fixture.mailTemplates(first)).containsExactly("webinar.registered");
        assertThat(fixture.mailTemplates(second)).containsExactly("webinar.waitlisted");
        assertThat(jdbc.queryForObject("select attachment_type from outgoing_mail where recipient = ?", String.class,
                first)).isEqualTo("text/calendar; charset=UTF-8; method=REQUEST");
        assertThat(jdbc.queryForObject("select attachment is null from outgoing_mail where recipient = ?",
                Boolean.class, second)).isTrue();
        String body = jdbc.queryForObject("select text_body from outgoing_mail where recipient = ?", String.class,
                first);
        assertThat(body).contains("Asia/Kolkata", "6:30", "Europe/Zurich", "2:00",
                "https://meet.example.org/");
        // Each zone named as it is on the webinar's date (February: standard time in Geneva).
        assertThat(body).contains("(India Standard Time, Asia/Kolkata)",
                "(Central European Standard Time, Europe/Zurich)");
    }

    @Test
    void theJoiningLinkReachesOnlyPeopleWithAPlace() {
        long id = webinar(1, Audience.PUBLIC);
        String registered = fixture.member("Europe/Paris", "FR");
        String waiting = fixture.member("Europe/Paris", "FR");
        fixture.signIn(registered);
        fixture.registrations().register(id);
        assertThat(fixture.calendar().webinar(id).orElseThrow().joinUrl()).startsWith("https://meet.example.org/");
        fixture.signIn(waiting);
        fixture.registrations().register(id);
        WebinarPage waitingPage = fixture.calendar().webinar(id).orElseThrow();
        assertThat(waitingPage.joinUrl()).isNull();
        assertThat(waitingPage.waitlistPosition()).isEqualTo(1);
        SecurityContextHolder.clearContext();
        assertThat(fixture.calendar().webinar(id).orElseThrow().joinUrl()).isNull();
        assertThat(fixture.calendar().page(WebinarFilter.upcoming(), 0, 500)).extracting(WebinarCard::id).contains(id);
    }

    @Test
    void aNetworksWebinarIsHiddenFromEveryoneOutsideIt() {
        long id = webinar(null, Audience.HIM);
        String outsider = fixture.member("Europe/Oslo", "NO", "GKNHE");
        String insider = fixture.member("Europe/Oslo", "NO", "HIM");
        assertThat(fixture.calendar().webinar(id)).isEmpty();
        fixture.signIn(outsider);
        assertThat(fixture.calendar().webinar(id)).isEmpty();
        assertThat(fixture.calendar().page(new WebinarFilter(Audience.HIM, null, false), 0, 500)).isEmpty();
        Refused problem = catchThrowableOfType(Refused.class, () -> fixture.registrations().register(id));
        assertThat(problem.messageKey()).isEqualTo("webinar.error.not-found");
        fixture.signIn(insider);
        assertThat(fixture.calendar().webinar(id)).isPresent();
        assertThat(fixture.registrations().register(id)).isEqualTo(RegistrationStatus.REGISTERED);
    }

    @Test
    void aFreedPlaceGoesToTheFirstPersonWaitingWithAnInvitation() {
        long id = webinar(1, Audience.PUBLIC);
        String first = fixture.member("Africa/Nairobi", "KE");
        String second = fixture.member("Africa/Lagos", "NG");
        String third = fixture.member("Africa/Dakar", "SN");
        for (String person : List.of(first, second, third)) {
            fixture.signIn(person);
            fixture.registrations().register(id);
        }
        fixture.signIn(first);
        fixture.registrations().cancel(id);
        assertThat(fixture.mailTemplates(first)).containsExactly("webinar.registered", "webinar.unregistered");
        assertThat(fixture.mailTemplates(second)).containsExactly("webinar.waitlisted", "webinar.promoted");
        assertThat(fixture.mailTemplates(third)).containsExactly("webinar.waitlisted");
        assertThat(jdbc.queryForObject("select attachment_type from outgoing_mail where recipient = ?"
                + " and template = 'webinar.unregistered'", String.class, first)).contains("method=CANCEL");
        fixture.signIn(second);
        assertThat(fixture.calendar().webinar(id).orElseThrow().mine()).isEqualTo(RegistrationStatus.REGISTERED);
    }

    @Test
    void raisingTheCapacityGivesTheNewPlacesToThePeopleWaiting() {
        long id = webinar(1, Audience.PUBLIC);
        String first = fixture.member("Europe/Madrid", "ES");
        String second = fixture.member("Europe/Madrid", "ES");
        for (String person : List.of(first, second)) {
            fixture.signIn(person);
            fixture.registrations().register(id);
        }
        fixture.signIn(WebinarFixture.SECRETARIAT);
        EditableWebinar editable = fixture.scheduling().editable(id).orElseThrow();
        fixture.scheduling().update(id, editable.version(), WebinarFixture.withCapacity(editable.form(), 2),
                EditScope.OCCURRENCE);
        assertThat(fixture.mailTemplates(second)).containsExactly("webinar.waitlisted", "webinar.promoted");
        assertThat(fixture.mailTemplates(first)).as("no change for calendars, no mail")
                .containsExactly("webinar.registered");
        assertThat(count(id, "REGISTERED")).isEqualTo(2);
    }

    @Test
    void concurrentCancellationsPromoteEachPersonWaitingOnceAndNeverExceedTheCapacity() throws Exception {
        long id = webinar(2, Audience.PUBLIC);
        List<String> registered = List.of(fixture.member("UTC", null), fixture.member("UTC", null));
        List<String> waiting = List.of(fixture.member("UTC", null), fixture.member("UTC", null),
                fixture.member("UTC", null));
        for (String person : registered) {
            fixture.signIn(person);
            fixture.registrations().register(id);
        }
        for (String person : waiting) {
            fixture.signIn(person);
            fixture.registrations().register(id);
            clock.advance(Duration.ofSeconds(1));
        }
        List<Authentication> cancelling = new ArrayList<>();
        for (String person : registered) {
            cancelling.add(fixture.signIn(person));
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
                    fixture.registrations().cancel(id);
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
        assertThat(fixture.mailTemplates(waiting.get(0))).containsExactly("webinar.waitlisted",
                "webinar.promoted");
        assertThat(fixture.mailTemplates(waiting.get(1))).containsExactly("webinar.waitlisted",
                "webinar.promoted");
        assertThat(fixture.mailTemplates(waiting.get(2))).containsExactly("webinar.waitlisted");
    }

    @Test
    void registrationClosesAtTheDeadlineAndAtTheStart() {
        long id = fixture.scheduled(WebinarFixture.withDeadline(WebinarFixture.form("Deadline",
                LocalDateTime.parse("2027-02-15T14:00"), GENEVA),
                LocalDateTime.parse("2027-02-14T12:00")));
        fixture.signIn(fixture.member("Europe/Zurich", "CH"));
        clock.set(Instant.parse("2027-02-14T11:00:01Z"));
        Refused problem = catchThrowableOfType(Refused.class, () -> fixture.registrations().register(id));
        assertThat(problem.messageKey()).isEqualTo("webinar.error.registration-closed");
        assertThat(fixture.calendar().webinar(id).orElseThrow().registrationOpen()).isFalse();
    }

    private long count(long webinarId, String status) {
        return jdbc.queryForObject("select count(*) from webinar_registration where webinar_id = ? and status = ?",
                Long.class, webinarId, status);
    }
}
