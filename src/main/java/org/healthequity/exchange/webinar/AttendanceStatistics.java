package org.healthequity.exchange.webinar;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Who came to the webinars that have ended, by country and by WHO region (people without a country as "unknown"). */
public record AttendanceStatistics(long webinars, long registered, long attended, List<Row> byCountry,
        List<Row> byRegion) {

    /** @param code an ISO country code or a WHO region code; null for people whose country is unknown */
    public record Row(@Nullable String code, String name, @Nullable String region, long registered, long attended) {
    }
}
