package org.healthequity.exchange.webinar;

import org.springframework.modulith.NamedInterface;

/**
 * Webinar places in one WHO region (the registrants' profile countries; code empty for people without one): places
 * taken and attended, and of the sessions held in the period how many fell in the region's night.
 */
@NamedInterface("api")
public record RegionAttendance(String region, long registered, long attended, long sessions, long sessionsAtNight) {

    /** 0–1; 0 when there were no sessions. */
    public double nightShare() {
        return sessions == 0 ? 0 : (double) sessionsAtNight / sessions;
    }
}
