package org.healthequity.exchange.webinar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Local times of a zone taken strictly: a time skipped by a daylight-saving change does not exist, and a time that
 * happens twice is ambiguous. Neither is silently moved, so a meeting is never an hour off.
 */
final class LocalTimes {

    enum Kind {
        VALID, GAP, OVERLAP
    }

    private LocalTimes() {
    }

    static Kind kind(LocalDateTime local, ZoneId zone) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        return switch (offsets.size()) {
            case 0 -> Kind.GAP;
            case 1 -> Kind.VALID;
            default -> Kind.OVERLAP;
        };
    }

    /** The instant, when the local time names exactly one. */
    static Optional<Instant> strict(LocalDateTime local, ZoneId zone) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        return offsets.size() == 1 ? Optional.of(local.toInstant(offsets.getFirst())) : Optional.empty();
    }
}
