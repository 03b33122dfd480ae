package org.healthequity.exchange.webinar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.workgroup.GroupDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Reminders 24 hours and 1 hour before, each exactly once, driven by the test clock. */
class WebinarRemindersIntegrationTest extends IntegrationTest {

    private static final Instant START = Instant.parse("2027-03-03T13:00:00Z");

    @Autowired
    WebinarScheduling scheduling;

    @Autowired
    WebinarRegistrations registrations;

    @Autowired
    WebinarReminders reminders;

    @Autowired
    WebinarMail mail;

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    GroupDirectory groups;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    private WebinarFixture fixture;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2027-02-20T08:00:00Z"));
    }

    private long webinar(String title) {
        Accounts.signIn(users, "secretariat@example.org");
        long id = scheduling.schedule(WebinarFixture.form(title, LocalDateTime.parse("2027-03-03T14:00"),
                ZoneId.of("Europe/Zurich")));
        SecurityContextHolder.clearContext();
        return id;
    }

    @Test
    void eachReminderIsQueuedOnceEvenWhenTheJobRunsAgainOrTheApplicationRestarts() {
        long id = webinar("Reminded once");
        String person = fixture.member("America/Sao_Paulo", "BR");
        Accounts.signIn(users, person);
        registrations.register(id);
        SecurityContextHolder.clearContext();

        clock.set(START.minus(Duration.ofHours(25)));
        reminders.sendDue();
        assertThat(count(person, WebinarMail.REMINDER_DAY)).as("not yet").isZero();

        clock.set(START.minus(Duration.ofHours(23)));
        reminders.sendDue();
        reminders.sendDue();
        WebinarReminders afterRestart = new WebinarReminders(new WebinarQueries(named), mail, transactions, groups, clock);
        afterRestart.sendDue();
        assertThat(count(person, WebinarMail.REMINDER_DAY)).isEqualTo(1);
        assertThat(count(person, WebinarMail.REMINDER_HOUR)).isZero();

        clock.set(START.minus(Duration.ofMinutes(50)));
        reminders.sendDue();
        afterRestart.sendDue();
        assertThat(count(person, WebinarMail.REMINDER_DAY)).isEqualTo(1);
        assertThat(count(person, WebinarMail.REMINDER_HOUR)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select text_body from outgoing_mail where recipient = ? and template = ?",
                String.class, person, WebinarMail.REMINDER_HOUR)).contains("https://meet.example.org/",
                        "America/Sao_Paulo");

        clock.set(START.plus(Duration.ofMinutes(5)));
        reminders.sendDue();
        assertThat(jdbc.queryForObject("select count(*) from outgoing_mail where recipient = ?", Long.class, person))
                .isEqualTo(3);
    }

    @Test
    void someoneWhoRegistersWithinTheLastDayGetsOnlyTheHourReminder() {
        long id = webinar("Late registration");
        String person = fixture.member("Asia/Tokyo", "JP");
        clock.set(START.minus(Duration.ofHours(5)));
        Accounts.signIn(users, person);
        registrations.register(id);
        SecurityContextHolder.clearContext();
        reminders.sendDue();
        clock.set(START.minus(Duration.ofMinutes(30)));
        reminders.sendDue();
        assertThat(count(person, WebinarMail.REMINDER_DAY)).isZero();
        assertThat(count(person, WebinarMail.REMINDER_HOUR)).isEqualTo(1);
    }

    @Test
    void aWebinarMovedAfterItsReminderRemindsAgainForTheNewTime() {
        long id = webinar("Moved after reminder");
        String person = fixture.member("Europe/London", "GB");
        Accounts.signIn(users, person);
        registrations.register(id);
        clock.set(START.minus(Duration.ofHours(20)));
        reminders.sendDue();
        Accounts.signIn(users, "secretariat@example.org");
        EditableWebinar editable = scheduling.editable(id).orElseThrow();
        scheduling.update(id, editable.version(), WebinarFixture.withTimes(editable.form(),
                LocalDateTime.parse("2027-03-03T16:00"), LocalDateTime.parse("2027-03-03T17:00")),
                EditScope.OCCURRENCE);
        SecurityContextHolder.clearContext();
        reminders.sendDue();
        assertThat(count(person, WebinarMail.REMINDER_DAY)).isEqualTo(2);
        assertThat(count(person, WebinarMail.UPDATED)).isEqualTo(1);
    }

    private long count(String recipient, String template) {
        return jdbc.queryForObject("select count(*) from outgoing_mail where recipient = ? and template = ?",
                Long.class, recipient, template);
    }
}
