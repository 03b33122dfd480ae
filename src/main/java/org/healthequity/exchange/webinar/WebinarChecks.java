package org.healthequity.exchange.webinar;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.healthequity.exchange.shared.text.RichText;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a webinar's form, field by field: every problem is reported at once, each next to its field. Times are
 * resolved strictly in the organiser's zone (see {@link LocalTimes}).
 */
final class WebinarChecks {

    /** The form's times as instants, once they passed every check. */
    record Resolved(Instant start, Instant end, @Nullable Instant deadline) {
    }

    private WebinarChecks() {
    }

    /** The form with its texts cleaned the way they are stored (no markup, no control characters). */
    static WebinarForm cleaned(WebinarForm form) {
        return new WebinarForm(RichText.clean(form.title()).replaceAll("\\s+", " "), RichText.clean(form.description()),
                form.agenda().stream().map(a -> new AgendaItem(a.at(), RichText.clean(a.title()))).toList(),
                form.speakers().stream().map(s -> new Speaker(s.accountId(), RichText.clean(s.name()))).toList(),
                form.start(), form.end(), form.zone(), form.joinUrl().strip(), form.languages(),
                form.interpretation(), form.audience(), form.capacity(), form.registrationDeadline(),
                RichText.clean(form.materials()), form.repeat(), form.occurrences(), form.groupId());
    }

    /**
     * Checks a form.
     *
     * @param now the current time; a start in the past is refused unless it is the start already stored
     * @param storedStart the start already saved (editing), else null
     * @param registered the places already taken (0 for a new webinar)
     */
    static Resolved check(WebinarForm form, Instant now, @Nullable Instant storedStart, long registered) {
        List<Refused.FieldProblem> problems = new ArrayList<>();
        if (form.title().isBlank()) {
            problems.add(new Refused.FieldProblem("title", "webinar.error.required"));
        } else if (form.title().length() > WebinarForm.TITLE_MAX) {
            problems.add(new Refused.FieldProblem("title", "webinar.error.too-long",
                    List.of(WebinarForm.TITLE_MAX)));
        }
        if (form.description().length() > WebinarForm.DESCRIPTION_MAX) {
            problems.add(new Refused.FieldProblem("description", "webinar.error.too-long",
                    List.of(WebinarForm.DESCRIPTION_MAX)));
        }
        if (form.materials().length() > WebinarForm.MATERIALS_MAX) {
            problems.add(new Refused.FieldProblem("materials", "webinar.error.too-long",
                    List.of(WebinarForm.MATERIALS_MAX)));
        }
        if (form.agenda().stream().anyMatch(a -> a.title().isBlank()
                || a.title().length() > WebinarForm.AGENDA_TITLE_MAX)) {
            problems.add(new Refused.FieldProblem("agenda", "webinar.error.agenda"));
        }
        if (form.speakers().stream().anyMatch(s -> s.name().isBlank()
                || s.name().length() > WebinarForm.SPEAKER_NAME_MAX)) {
            problems.add(new Refused.FieldProblem("speakers", "webinar.error.speaker-name"));
        }
        if (!validUrl(form.joinUrl())) {
            problems.add(new Refused.FieldProblem("joinUrl", "webinar.error.url"));
        }
        if (form.audience() == Audience.GROUP && form.groupId() == null) {
            problems.add(new Refused.FieldProblem("groupId", "webinar.error.required"));
        }
        if (form.languages().isEmpty()) {
            problems.add(new Refused.FieldProblem("languages", "webinar.error.required"));
        }
        Integer capacity = form.capacity();
        if (capacity != null && (capacity < WebinarForm.CAPACITY_MIN || capacity > WebinarForm.CAPACITY_MAX)) {
            problems.add(new Refused.FieldProblem("capacity", "webinar.error.capacity-range",
                    List.of(WebinarForm.CAPACITY_MAX)));
        } else if (capacity != null && capacity < registered) {
            problems.add(new Refused.FieldProblem("capacity", "webinar.error.capacity-below-registrations",
                    List.of(registered)));
        }
        if (form.repeat() != null && (form.occurrences() < WebinarForm.OCCURRENCES_MIN
                || form.occurrences() > WebinarForm.OCCURRENCES_MAX)) {
            problems.add(new Refused.FieldProblem("occurrences", "webinar.error.occurrences",
                    List.of(WebinarForm.OCCURRENCES_MAX)));
        }
        Instant start = resolve("start", form.start(), form.zone(), problems);
        Instant end = resolve("end", form.end(), form.zone(), problems);
        LocalDateTime deadlineLocal = form.registrationDeadline();
        Instant deadline = deadlineLocal == null ? null
                : resolve("registrationDeadline", deadlineLocal, form.zone(), problems);
        if (start != null && end != null && !end.isAfter(start)) {
            problems.add(new Refused.FieldProblem("end", "webinar.error.end-before-start"));
        }
        if (start != null && start.isBefore(now) && !start.equals(storedStart)) {
            problems.add(new Refused.FieldProblem("start", "webinar.error.start-in-past"));
        }
        if (start != null && deadline != null && deadline.isAfter(start)) {
            problems.add(new Refused.FieldProblem("registrationDeadline", "webinar.error.deadline-after-start"));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return new Resolved(Objects.requireNonNull(start), Objects.requireNonNull(end), deadline);
    }

    private static @Nullable Instant resolve(String field, LocalDateTime local, ZoneId zone,
            List<Refused.FieldProblem> problems) {
        return switch (LocalTimes.kind(local, zone)) {
            case VALID -> LocalTimes.strict(local, zone).orElseThrow();
            case GAP -> {
                problems.add(new Refused.FieldProblem(field, "webinar.error.time-gap",
                        List.of(local, zone.getId())));
                yield null;
            }
            case OVERLAP -> {
                problems.add(new Refused.FieldProblem(field, "webinar.error.time-ambiguous",
                        List.of(local, zone.getId())));
                yield null;
            }
        };
    }

    /** An absolute http(s) address with a host, as a meeting or recording link must be. */
    static boolean validUrl(@Nullable String url) {
        if (url == null || url.isBlank() || url.length() > WebinarForm.URL_MAX
                || url.chars().anyMatch(c -> c <= ' ')) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
