package org.healthequity.exchange.shared.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

import org.healthequity.exchange.shared.security.ExchangeUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.server.VaadinSession;

/**
 * The one place dates and times are written for people: instants in the viewer's time zone, with the zone named as it
 * is on that date (the zone chosen in the profile, else the browser's, else UTC), in the page's locale, which is the
 * chosen language with the browser's region (en-GB: 06/12/2026 and 17:50). Mail passes the recipient's zone and
 * locale. Instants are stored in UTC everywhere.
 */
public final class ViewerTime {

    static final String SESSION_ZONE = ViewerTime.class.getName() + ".zone";
    /** The zone's specific long name: daylight or standard time as at the instant formatted. */
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzzz");

    private ViewerTime() {
    }

    /** The zone to show times in for whoever is looking at the current UI. */
    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(SESSION_ZONE) instanceof ZoneId chosen) {
            return chosen;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ExchangeUser user
                && user.timeZone() != null) {
            return user.timeZone();
        }
        ZoneId browser = browserZone();
        return browser != null ? browser : ZoneOffset.UTC;
    }

    /** Remembers a zone for this session, for instance after the person saved a new one in their profile. */
    public static void remember(@Nullable ZoneId zone) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SESSION_ZONE, zone);
        }
    }

    /** The browser's zone as reported by the client, if it has reported one yet. */
    public static @Nullable ZoneId browserZone() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return null;
        }
        ExtendedClientDetails details = ui.getPage().getExtendedClientDetails();
        return details == null ? null : parse(details.getTimeZoneId());
    }

    public static @Nullable ZoneId parse(@Nullable String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** "21 Nov 2026, 19:00 (Central European Standard Time, Europe/Paris)" in the viewer's language and zone. */
    public static String format(Instant instant) {
        return format(instant, zone(), locale());
    }

    /** The date and time in a zone, the zone named as it is at that instant (summer or standard time). */
    public static String format(Instant instant, ZoneId zone, Locale locale) {
        return dateTime(locale).format(instant.atZone(zone)) + " (" + zoneName(zone, instant, locale) + ")";
    }

    /** "3 Mar 2026, 14:00 – 15:30 (Central European Standard Time, Europe/Zurich)": a span of time in one zone. */
    public static String slot(Instant start, Instant end, ZoneId zone, Locale locale) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        String until = from.toLocalDate().equals(to.toLocalDate()) ? time(to.toLocalTime(), locale)
                : dateTime(locale).format(to);
        return dateTime(locale).format(from) + " – " + until + " (" + zoneName(zone, start, locale) + ")";
    }

    /** A date as the locale writes it in short prose ("6 Dec 2026" in en-GB, "Dec 6, 2026" in en-US). */
    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** A month of a year as a calendar's heading ("December 2026", "2026年12月", "декабрь 2026 г."). */
    public static String month(YearMonth month, Locale locale) {
        return DateTimeFormatter.ofLocalizedPattern("yMMMM").withLocale(locale).format(month);
    }

    /** A day of the week as a calendar's column heading ("Mon", "lun.", "пн"). */
    public static String weekday(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.SHORT_STANDALONE, locale);
    }

    /** A time of day as the locale writes it ("17:50" in en-GB, "5:50 PM" in en-US). */
    public static String time(LocalTime time, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }

    /** A date and time in numbers, for tables of many ("06/12/2026, 17:50" in en-GB, "12/6/26, 5:50 PM" in en-US). */
    public static String shortDateTime(LocalDateTime dateTime, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).format(dateTime);
    }

    /**
     * The zone's name in general, with its identifier, for choosing a zone ("Central European Time, Europe/Paris");
     * a time shown in the zone names it as it is then ({@link #zoneName(ZoneId, Instant, Locale)}).
     */
    public static String zoneName(ZoneId zone, Locale locale) {
        return withId(zone.getDisplayName(TextStyle.FULL, locale), zone);
    }

    /** "21/11/2026, 19:00" in the viewer's language and zone, for a table's cell; the zone is named elsewhere. */
    public static String compact(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale())
                .format(instant.atZone(zone()));
    }

    /**
     * The zone's name as it is at that instant, in the viewer's language, with its identifier so it can never be
     * misread: "Central European Summer Time, Europe/Paris" in July, "… Standard Time …" in December.
     */
    public static String zoneName(ZoneId zone, Instant at, Locale locale) {
        return withId(ZONE_NAME.withLocale(locale).format(at.atZone(zone)), zone);
    }

    /** The locale the current page writes dates and times in: its language with the browser's region. */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : Locale.ENGLISH;
    }

    private static DateTimeFormatter dateTime(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    }

    private static String withId(String name, ZoneId zone) {
        return name.equals(zone.getId()) ? name : name + ", " + zone.getId();
    }
}
