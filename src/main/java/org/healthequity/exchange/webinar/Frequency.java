package org.healthequity.exchange.webinar;

import java.time.LocalDateTime;
import java.util.Locale;

/** How a series repeats. Occurrences keep their local time in the organiser's zone across daylight-saving changes. */
public enum Frequency {
    WEEKLY, BIWEEKLY, MONTHLY;

    /** The local start of occurrence {@code index} (0 is the first). */
    public LocalDateTime occurrence(LocalDateTime first, int index) {
        return switch (this) {
            case WEEKLY -> first.plusWeeks(index);
            case BIWEEKLY -> first.plusWeeks(2L * index);
            case MONTHLY -> first.plusMonths(index);
        };
    }

    public String messageKey() {
        return "webinar.frequency." + name().toLowerCase(Locale.ROOT);
    }
}
