package org.healthequity.exchange.webinar;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/** The iCalendar we write, read back with ical4j's parser and checked field by field, in several server zones. */
class ICalendarsTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

    private static CalendarEntry entry(Instant start, Instant end, String zone, int sequence, boolean cancelled) {
        return new CalendarEntry("uid-123@healthequity.example.org", sequence, "Monitoring inequality, part 2",
                "About **equity**, with a link: https://who.int", start, end, ZoneId.of(zone),
                "https://meet.example.org/abc", "https://exchange.example.org/webinars/7", cancelled, NOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Pacific/Auckland", "America/Los_Angeles", "Asia/Kolkata"})
    void anInvitationReadsBackFieldByFieldWhateverTheServerZone(String serverZone) throws Exception {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(serverZone));
            Instant start = Instant.parse("2027-03-28T00:30:00Z"); // 01:30 in Geneva, before the clocks go forward
            Instant end = Instant.parse("2027-03-28T02:00:00Z"); // 04:00 in Geneva, after
            byte[] ics = ICalendars.invitation(entry(start, end, "Europe/Zurich", 3, false), "REQUEST",
                    "no-reply@healthequity.example.org", "ana@example.org", "Ana Souza", NOW);

            Calendar calendar = parse(new String(ics, StandardCharsets.UTF_8));
            assertThat(value(calendar.getProperty(Property.METHOD))).isEqualTo("REQUEST");
            assertThat(value(calendar.getProperty(Property.VERSION))).isEqualTo("2.0");
            assertThat(value(calendar.getProperty(Property.PRODID))).isEqualTo(ICalendars.PRODUCT);
            List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
            assertThat(zones).hasSize(1);
            assertThat(value(zones.getFirst().getProperty(Property.TZID))).isEqualTo("Europe/Zurich");

            VEvent event = onlyEvent(calendar);
            assertThat(value(event.getProperty(Property.UID))).isEqualTo("uid-123@healthequity.example.org");
            assertThat(value(event.getProperty(Property.SEQUENCE))).isEqualTo("3");
            assertThat(value(event.getProperty(Property.SUMMARY))).isEqualTo("Monitoring inequality, part 2");
            assertThat(value(event.getProperty(Property.STATUS))).isEqualTo("CONFIRMED");
            assertThat(value(event.getProperty(Property.ORGANIZER)))
                    .isEqualTo("mailto:no-reply@healthequity.example.org");
            assertThat(value(event.getProperty(Property.ATTENDEE))).isEqualTo("mailto:ana@example.org");
            assertThat(value(event.getProperty(Property.LOCATION))).isEqualTo("https://meet.example.org/abc");
            // The entry leads back to the webinar's page; the joining link is in the location and the description.
            assertThat(value(event.getProperty(Property.URL))).isEqualTo("https://exchange.example.org/webinars/7");
            assertThat(value(event.getProperty(Property.DESCRIPTION))).contains("About equity",
                    "https://exchange.example.org/webinars/7", "https://meet.example.org/abc");
            assertThat(value(event.getProperty(Property.DTSTAMP))).isEqualTo("20270301T100000Z");
            assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow()
                    .getValue()).isEqualTo("Europe/Zurich");
            assertThat(value(event.getProperty(Property.DTSTART))).isEqualTo("20270328T013000");
            assertThat(value(event.getProperty(Property.DTEND))).isEqualTo("20270328T040000");
            assertThat(instant(event, true)).isEqualTo(start);
            assertThat(instant(event, false)).isEqualTo(end);
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void aCancellationIsACancelWithTheSameUidAHigherSequenceAndNoLink() throws Exception {
        Instant start = Instant.parse("2027-06-01T13:00:00Z");
        byte[] ics = ICalendars.invitation(entry(start, start.plusSeconds(3600), "America/Bogota", 4, true), "CANCEL",
                "no-reply@healthequity.example.org", "ana@example.org", "Ana Souza", NOW);
        Calendar calendar = parse(new String(ics, StandardCharsets.UTF_8));
        assertThat(value(calendar.getProperty(Property.METHOD))).isEqualTo("CANCEL");
        VEvent event = onlyEvent(calendar);
        assertThat(value(event.getProperty(Property.UID))).isEqualTo("uid-123@healthequity.example.org");
        assertThat(value(event.getProperty(Property.SEQUENCE))).isEqualTo("4");
        assertThat(value(event.getProperty(Property.STATUS))).isEqualTo("CANCELLED");
        assertThat(event.getProperty(Property.LOCATION)).isEmpty();
        assertThat(value(event.getProperty(Property.URL))).isEqualTo("https://exchange.example.org/webinars/7");
        assertThat(new String(ics, StandardCharsets.UTF_8)).doesNotContain("meet.example.org");
        assertThat(instant(event, true)).isEqualTo(start);
    }

    @Test
    void aFeedHoldsEachEventWithTheVTimezoneOfEachZoneOnce() throws Exception {
        Instant first = Instant.parse("2027-05-05T12:00:00Z");
        String feed = ICalendars.feed(List.of(entry(first, first.plusSeconds(3600), "Asia/Manila", 0, false),
                new CalendarEntry("other@x", 1, "Second", "", first.plusSeconds(86_400),
                        first.plusSeconds(90_000), ZoneId.of("Africa/Nairobi"), "https://meet.example.org/2",
                        "https://exchange.example.org/webinars/8", false, NOW),
                new CalendarEntry("third@x", 0, "Third", "", first.plusSeconds(186_400), first.plusSeconds(190_000),
                        ZoneId.of("Asia/Manila"), "https://meet.example.org/3",
                        "https://exchange.example.org/webinars/9", true, NOW)), "Feed", NOW);
        Calendar calendar = parse(feed);
        assertThat(value(calendar.getProperty(Property.METHOD))).isEqualTo("PUBLISH");
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertThat(zones).extracting(z -> value(z.getProperty(Property.TZID)))
                .containsExactlyInAnyOrder("Asia/Manila", "Africa/Nairobi");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> value(e.getProperty(Property.UID)))
                .containsExactly("uid-123@healthequity.example.org", "other@x", "third@x");
        assertThat(value(events.get(2).getProperty(Property.STATUS))).isEqualTo("CANCELLED");
        assertThat(instant(events.get(1), true)).isEqualTo(first.plusSeconds(86_400));
        assertThat(events).allSatisfy(e -> assertThat(e.getProperty(Property.ATTENDEE)).isEmpty());
    }

    private static Calendar parse(String ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    private static String value(Optional<? extends Property> property) {
        return property.orElseThrow().getValue();
    }

    @SuppressWarnings("deprecation")
    private static Instant instant(VEvent event, boolean start) {
        Temporal value = start ? event.getStartDate().orElseThrow().getDate()
                : event.getEndDate().orElseThrow().getDate();
        return value instanceof ZonedDateTime zoned ? zoned.toInstant() : Instant.from(value);
    }
}
