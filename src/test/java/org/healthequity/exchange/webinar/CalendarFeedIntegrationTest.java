package org.healthequity.exchange.webinar;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarFeedIntegrationTest extends IntegrationTest {

    @Autowired
    private WebinarFixture webinarFixture;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    CalendarFeedController controller;

    @Autowired
    WebinarScheduling scheduling;

    @Autowired
    WebinarRegistrations registrations;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFeedListsThePersonsPlacesAndARegeneratedAddressRetiresTheOldOne() throws Exception {
        clock.set(Instant.parse("2027-01-10T08:00:00Z"));
        WebinarFixture fixture = webinarFixture;
        Accounts.signIn(users, "secretariat@example.org");
        long mine = scheduling.schedule(WebinarFixture.form("In my feed", LocalDateTime.parse("2027-02-01T10:00"),
                ZoneId.of("Asia/Manila")));
        long other = scheduling.schedule(WebinarFixture.form("Not in my feed",
                LocalDateTime.parse("2027-02-02T10:00"), ZoneId.of("Asia/Manila")));
        String person = fixture.member("Asia/Manila", "PH");
        Accounts.signIn(users, person);
        registrations.register(mine);
        String url = feeds.createIfAbsent().orElseThrow();
        assertThat(feeds.createIfAbsent()).as("shown only once").isEmpty();
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        assertThat(token).hasSize(43);
        SecurityContextHolder.clearContext();

        ResponseEntity<String> response = controller.feed(token);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.getBody()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .containsExactly("In my feed");
        assertThat(response.getBody()).doesNotContain("Not in my feed").contains("TZID:Asia/Manila");
        assertThat(other).isNotEqualTo(mine);

        Accounts.signIn(users, person);
        String renewed = feeds.regenerate();
        assertThat(renewed).isNotEqualTo(url);
        SecurityContextHolder.clearContext();
        assertThat(controller.feed(token).getStatusCode().value()).isEqualTo(404);
        assertThat(controller.feed("not-a-token").getStatusCode().value()).isEqualTo(404);
        String newToken = renewed.substring(renewed.lastIndexOf('/') + 1, renewed.length() - ".ics".length());
        assertThat(controller.feed(newToken).getStatusCode().value()).isEqualTo(200);
    }
}
