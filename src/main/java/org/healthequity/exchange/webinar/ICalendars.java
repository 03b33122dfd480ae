package org.healthequity.exchange.webinar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.healthequity.exchange.shared.text.RichText;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * RFC 5545 calendars written with ical4j: invitations (iTIP REQUEST and CANCEL, RFC 5546) for one attendee, and a
 * person's feed. Times carry the organiser's zone with its VTIMEZONE, so a program shows the same instant whatever
 * the reader's zone, across daylight-saving changes.
 */
final class ICalendars {

    static final String PRODUCT = "-//Health Equity Exchange//Webinars//EN";
    /** A content line's limit, line break excluded (RFC 5545, section 3.1). */
    static final int MAX_LINE_OCTETS = 75;
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private ICalendars() {
    }

    /** An invitation or its cancellation for one attendee; REQUEST carries the joining link, CANCEL does not. */
    static byte[] invitation(CalendarEntry entry, String method, String organiserAddress, String attendeeAddress,
            String attendeeName, Instant now) {
        Calendar calendar = calendar(method);
        VEvent event = event(entry, now, !Method.VALUE_CANCEL.equals(method));
        event.add(new Organizer(URI.create("mailto:" + organiserAddress)));
        Attendee attendee = new Attendee(URI.create("mailto:" + attendeeAddress));
        attendee.add(Role.REQ_PARTICIPANT);
        attendee.add(PartStat.ACCEPTED);
        attendee.add(new Rsvp(false));
        attendee.add(new Cn(parameterText(attendeeName)));
        event.add(attendee);
        if (Method.VALUE_CANCEL.equals(method)) {
            event.replace(new Status(Status.VALUE_CANCELLED));
        }
        addZones(calendar, List.of(entry));
        calendar.add(event);
        return write(calendar).getBytes(StandardCharsets.UTF_8);
    }

    /** A person’s feed: their events (METHOD:PUBLISH, no attendees), for subscription by a calendar program. */
    static String feed(List<CalendarEntry> entries, String name, Instant now) {
        Calendar calendar = calendar(Method.VALUE_PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        addZones(calendar, entries);
        for (CalendarEntry entry : entries) {
            calendar.add(event(entry, now, true));
        }
        return write(calendar);
    }

    /**
     * A person's name as a parameter value: RFC 5545 allows no double quote and no control character there, and a
     * name carrying them could close the value and add parameters or properties of its own.
     */
    static String parameterText(String text) {
        String clean = text.replaceAll("[\\p{Cntrl}\"\\u2028\\u2029]+", " ").strip();
        return clean.isEmpty() ? "-" : clean;
    }

    private static Calendar calendar(String method) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method(method));
        return calendar;
    }

    private static VEvent event(CalendarEntry entry, Instant now, boolean withLink) {
        VEvent event = new VEvent(false);
        event.add(new Uid(entry.uid()));
        event.add(new DtStamp(now));
        event.add(new Sequence(entry.sequence()));
        if (hasZone(entry.zone())) {
            event.add(new DtStart<>(entry.start().atZone(entry.zone())));
            event.add(new DtEnd<>(entry.end().atZone(entry.zone())));
        } else {
            event.add(new DtStart<>(entry.start()));
            event.add(new DtEnd<>(entry.end()));
        }
        event.add(new Summary(entry.title()));
        String text = RichText.plainText(entry.description());
        String description = (text.isBlank() ? "" : text + "\n\n") + entry.pageUrl()
                + (withLink ? "\n" + entry.joinUrl() : "");
        event.add(new Description(description));
        if (withLink) {
            event.add(new Location(entry.joinUrl()));
        }
        // The entry leads back to the webinar's page (agenda, materials, recording); the joining link is for people
        // with a place and stays in the description and location.
        event.add(new Url(URI.create(entry.pageUrl())));
        event.add(new LastModified(entry.updatedAt()));
        event.add(new Status(entry.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        return event;
    }

    private static void addZones(Calendar calendar, List<CalendarEntry> entries) {
        Set<ZoneId> zones = new LinkedHashSet<>();
        entries.forEach(e -> zones.add(e.zone()));
        for (ZoneId zone : zones) {
            if (hasZone(zone)) {
                calendar.add(ZONES.getTimeZone(zone.getId()).getVTimeZone());
            }
        }
    }

    /** Whether ical4j knows a VTIMEZONE for the zone; otherwise times are written in UTC, which is never wrong. */
    private static boolean hasZone(ZoneId zone) {
        TimeZone known = ZONES.getTimeZone(zone.getId());
        return known != null;
    }

    /** The calendar as text, its lines folded by octets ({@link #fold}), not by ical4j's count of characters. */
    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fold(out.toString());
    }

    /**
     * Folds every content line longer than 75 octets of UTF-8 (RFC 5545, section 3.1): a line break and a space
     * before the octet that would pass the limit, never inside a character, so that a description in Russian, Arabic
     * or Chinese keeps lines a calendar program reads. Unfolding (removing each line break followed by a space)
     * gives back the text.
     */
    static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 32);
        for (String line : unfolded.split("\r\n", -1)) {
            if (!folded.isEmpty()) {
                folded.append("\r\n");
            }
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = utf8Length(codePoint);
                if (octets + size > MAX_LINE_OCTETS) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
        }
        return folded.toString();
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
