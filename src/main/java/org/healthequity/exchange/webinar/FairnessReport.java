package org.healthequity.exchange.webinar;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A slot seen from around the world: its local times in each WHO region's main zones and in the zones the audience's
 * members chose, with night hours marked, and fairer slots on the same day.
 */
public record FairnessReport(List<ZoneRow> rows, List<Suggestion> suggestions, long membersAtNight, long members) {

    /** @param region the WHO region whose main zone this is, or null for a zone only members chose */
    public record ZoneRow(ZoneId zone, @Nullable String region, long members, LocalDateTime start, LocalDateTime end,
            boolean night) {
    }

    /** A slot with its start and end in the organiser's zone, and how many zones and members it puts at night. */
    public record Suggestion(LocalDateTime start, LocalDateTime end, int zonesAtNight, long membersAtNight) {
    }
}
