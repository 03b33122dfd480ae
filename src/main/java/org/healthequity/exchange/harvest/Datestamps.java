package org.healthequity.exchange.harvest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/** OAI-PMH's UTC datestamps: the repository's granularity is seconds; arguments may also be given as days. */
final class Datestamps {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SECOND = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

    /** An argument as given: its start and its length (a day or a second). */
    record Given(Instant start, Duration granularity) {

        Instant end() {
            return start.plus(granularity);
        }
    }

    private Datestamps() {
    }

    static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    static String day(Instant instant) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atOffset(ZoneOffset.UTC));
    }

    static Given parse(String argument, String name) {
        try {
            if (DAY.matcher(argument).matches()) {
                return new Given(LocalDate.parse(argument).atStartOfDay(ZoneOffset.UTC).toInstant(),
                        Duration.ofDays(1));
            }
            if (SECOND.matcher(argument).matches()) {
                return new Given(Instant.parse(argument), Duration.ofSeconds(1));
            }
        } catch (DateTimeParseException e) {
            // falls through to the refusal
        }
        throw new OaiError("badArgument", "'" + name + "' is not a UTC date (YYYY-MM-DD) or datestamp"
                + " (YYYY-MM-DDThh:mm:ssZ): " + argument);
    }
}
