package org.healthequity.exchange.webinar;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property injection into the iCalendar invitations we mail: a title, description or attendee name carrying line
 * breaks, quotes and semicolons must stay inside its own property, adding no attendee, event or property.
 */
@Tag("attack")
class CalendarInjectionAttackTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    private static final String INJECTED = "\r\nATTENDEE:mailto:spy@evil.example\r\nX-INJECTED:yes\r\n"
            + "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:forged";

    @Test
    void titleDescriptionAndAttendeeNameCannotAddPropertiesToAnInvitation() throws Exception {
        CalendarEntry entry = new CalendarEntry("uid-1@healthequity.example.org", 0, "Budget" + INJECTED,
                "Notes" + INJECTED, Instant.parse("2027-03-10T10:00:00Z"), Instant.parse("2027-03-10T11:00:00Z"),
                ZoneId.of("Europe/Zurich"), "https://meet.example.org/abc", "https://exchange.example.org/webinars/7",
                false, NOW);
        byte[] ics = ICalendars.invitation(entry, "REQUEST", "no-reply@healthequity.example.org",
                "ana@example.org", "Ana\"; ROLE=CHAIR; X=\"" + INJECTED, NOW);

        Calendar calendar = new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent event = events.getFirst();
        assertThat(event.getProperties("ATTENDEE")).hasSize(1);
        assertThat(event.getProperty(Property.ATTENDEE).orElseThrow().getValue()).isEqualTo("mailto:ana@example.org");
        assertThat(event.getProperty(Property.ATTENDEE).orElseThrow().getParameters("ROLE")).hasSize(1);
        assertThat(event.getProperties("X-INJECTED")).isEmpty();
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo("uid-1@healthequity.example.org");
    }
}
