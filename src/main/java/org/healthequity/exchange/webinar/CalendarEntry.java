package org.healthequity.exchange.webinar;

import java.time.Instant;
import java.time.ZoneId;

/** A webinar as a calendar program sees it (an invitation or a feed's event). */
record CalendarEntry(String uid, int sequence, String title, String description, Instant start, Instant end,
        ZoneId zone, String joinUrl, String pageUrl, boolean cancelled, Instant updatedAt) {

    static CalendarEntry of(Webinar webinar, String pageUrl) {
        return new CalendarEntry(webinar.uid(), webinar.sequence(), webinar.title(), webinar.description(),
                webinar.startsAt(), webinar.endsAt(), webinar.zone(), webinar.joinUrl(), pageUrl,
                webinar.cancelled(), webinar.updatedAt());
    }
}
