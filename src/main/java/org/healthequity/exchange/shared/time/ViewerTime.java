package org.healthequity.exchange.shared.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
 * Shows instants in the viewer's time zone, with the zone named: the zone chosen in the profile, else the browser's,
 * else UTC. Instants are stored in UTC everywhere.
 */
public final class ViewerTime {

    static final String SESSION_ZONE = ViewerTime.class.getName() + ".zone";

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

    /** "21 Nov 2026, 19:00 (Central European Time, Europe/Paris)" in the viewer's language and zone. */
    public static String format(Instant instant) {
        return format(instant, zone(), locale());
    }

    public static String format(Instant instant, ZoneId zone, Locale locale) {
        String time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .format(instant.atZone(zone));
        return time + " (" + zoneName(zone, locale) + ")";
    }

    /** The zone's name in the viewer's language, with its identifier so it can never be misread. */
    public static String zoneName(ZoneId zone, Locale locale) {
        String name = zone.getDisplayName(TextStyle.FULL, locale);
        return name.equals(zone.getId()) ? name : name + ", " + zone.getId();
    }

    /** "21/11/2026, 19:00" in the viewer's language and zone, for a table's cell; the zone is named elsewhere. */
    public static String compact(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale())
                .format(instant.atZone(zone()));
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : Locale.ENGLISH;
    }
}
