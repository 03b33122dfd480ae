package org.healthequity.exchange.webinar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;

/**
 * A webinar in a list or a calendar, for one viewer: counts of places, never who took them.
 *
 * @param mine the viewer's own place, if they have one
 */
public record WebinarCard(long id, String title, Instant start, Instant end, ZoneId zone, Audience audience,
        Set<Language> languages, Set<Language> interpretation, @Nullable Integer capacity, long registered,
        long waitlisted, boolean cancelled, @Nullable Long seriesId, @Nullable RegistrationStatus mine) {

    public boolean full() {
        return capacity != null && registered >= capacity;
    }
}
