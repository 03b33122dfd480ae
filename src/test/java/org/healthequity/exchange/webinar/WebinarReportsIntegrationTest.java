package org.healthequity.exchange.webinar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.ui.DashboardContribution;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/** Attendance statistics, the dashboard's webinar lines, and lists that cost one statement whatever their size. */
class WebinarReportsIntegrationTest extends IntegrationTest {

    @Autowired
    WebinarScheduling scheduling;

    @Autowired
    WebinarRegistrations registrations;

    @Autowired
    WebinarStatistics statistics;

    @Autowired
    WebinarCalendar calendar;

    @Autowired
    WebinarTasks tasks;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    private WebinarFixture fixture;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2027-04-01T08:00:00Z"));
    }

    @Test
    void attendanceIsCountedByCountryAndWhoRegionAndTheOrganiserIsAskedToRecordIt() {
        Accounts.signIn(users, "secretariat@example.org");
        AttendanceStatistics before = statistics.attendance(Language.ENGLISH, "unknown");
        long id = scheduling.schedule(WebinarFixture.form("Counted", LocalDateTime.parse("2027-04-02T10:00"),
                ZoneId.of("Africa/Nairobi")));
        String came = fixture.member("Africa/Nairobi", "KE");
        String missed = fixture.member("Africa/Nairobi", "KE");
        String upcomingNews = fixture.member("Africa/Nairobi", "TZ");
        for (String person : List.of(came, missed, upcomingNews)) {
            Accounts.signIn(users, person);
            registrations.register(id);
        }
        ExchangeUser reader = (ExchangeUser) Accounts.signIn(users, upcomingNews).getPrincipal();
        assertThat(tasks.news(reader)).extracting(DashboardContribution.Item::link).contains("webinars/" + id);

        clock.set(Instant.parse("2027-04-02T09:00:00Z"));
        ExchangeUser secretariat = (ExchangeUser) Accounts.signIn(users, "secretariat@example.org").getPrincipal();
        assertThat(tasks.tasks(secretariat)).extracting(DashboardContribution.Item::link)
                .contains("webinars/" + id + "/attendance");
        long cameRegistration = scheduling.attendees(id).stream().filter(a -> a.accountId() == fixture.accountId(came))
                .findFirst().orElseThrow().registrationId();
        scheduling.recordAttendance(id, Set.of(cameRegistration));
        assertThat(tasks.tasks(secretariat)).extracting(DashboardContribution.Item::link)
                .doesNotContain("webinars/" + id + "/attendance");

        AttendanceStatistics after = statistics.attendance(Language.ENGLISH, "unknown");
        assertThat(after.webinars() - before.webinars()).isEqualTo(1);
        assertThat(row(after.byCountry(), "KE").attended() - row(before.byCountry(), "KE").attended()).isEqualTo(1);
        assertThat(row(after.byCountry(), "KE").registered() - row(before.byCountry(), "KE").registered())
                .isEqualTo(2);
        assertThat(row(after.byCountry(), "KE").region()).isEqualTo("AFR");
        assertThat(row(after.byRegion(), "AFR").registered() - row(before.byRegion(), "AFR").registered())
                .isEqualTo(3);
        assertThat(row(after.byCountry(), "KE").name()).isEqualTo("Kenya");
    }

    @Test
    void aListPageCostsOneStatementWhateverItsSize() {
        Accounts.signIn(users, "secretariat@example.org");
        for (int i = 0; i < 12; i++) {
            scheduling.schedule(WebinarFixture.form("Counted statement " + i,
                    LocalDateTime.parse("2027-05-01T10:00").plusDays(i), ZoneId.of("Asia/Manila")));
        }
        SecurityContextHolder.clearContext();
        StatementCounter.start();
        List<WebinarCard> one = calendar.page(WebinarFilter.upcoming(), 0, 1);
        int forOne = StatementCounter.stop();
        StatementCounter.start();
        List<WebinarCard> many = calendar.page(WebinarFilter.upcoming(), 0, 12);
        int forMany = StatementCounter.stop();
        assertThat(one).hasSize(1);
        assertThat(many).hasSize(12);
        assertThat(forMany).isEqualTo(forOne);
    }

    private static AttendanceStatistics.Row row(List<AttendanceStatistics.Row> rows, String code) {
        return rows.stream().filter(r -> code.equals(r.code())).findFirst()
                .orElse(new AttendanceStatistics.Row(code, code, null, 0, 0));
    }
}
