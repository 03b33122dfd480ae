package org.healthequity.exchange.webinar;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;

/**
 * What the organiser enters: times are local times of the organiser's zone, as they think of them. A series is
 * asked for with {@code repeat} and {@code occurrences} when scheduling; editing ignores both.
 *
 * @param capacity null for no limit
 * @param registrationDeadline null to allow registration until the start
 * @param groupId the working group when the audience is {@link Audience#GROUP}, else null
 */
public record WebinarForm(String title, String description, List<AgendaItem> agenda, List<Speaker> speakers,
        LocalDateTime start, LocalDateTime end, ZoneId zone, String joinUrl, Set<Language> languages,
        Set<Language> interpretation, Audience audience, @Nullable Integer capacity,
        @Nullable LocalDateTime registrationDeadline, String materials, @Nullable Frequency repeat, int occurrences,
        @Nullable Long groupId) {

    // The rules of the form's fields, stated once: the checks, the editor (max lengths, validators), the entity's
    // columns and the migration's column sizes (V20) use these numbers.
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 20_000;
    public static final int MATERIALS_MAX = 10_000;
    public static final int URL_MAX = 500;
    public static final int AGENDA_TITLE_MAX = 200;
    public static final int SPEAKER_NAME_MAX = 120;
    public static final int CAPACITY_MIN = 1;
    public static final int CAPACITY_MAX = 100_000;
    public static final int OCCURRENCES_MIN = 2;
    public static final int OCCURRENCES_MAX = 24;

    public WebinarForm {
        agenda = List.copyOf(agenda);
        speakers = List.copyOf(speakers);
        languages = Set.copyOf(languages);
        interpretation = Set.copyOf(interpretation);
        groupId = audience == Audience.GROUP ? groupId : null;
    }

    /** A form for a public or network audience. */
    public WebinarForm(String title, String description, List<AgendaItem> agenda, List<Speaker> speakers,
            LocalDateTime start, LocalDateTime end, ZoneId zone, String joinUrl, Set<Language> languages,
            Set<Language> interpretation, Audience audience, @Nullable Integer capacity,
            @Nullable LocalDateTime registrationDeadline, String materials, @Nullable Frequency repeat,
            int occurrences) {
        this(title, description, agenda, speakers, start, end, zone, joinUrl, languages, interpretation, audience,
                capacity, registrationDeadline, materials, repeat, occurrences, null);
    }

    /** The same form for the members of one working group. */
    public WebinarForm forGroup(long group) {
        return new WebinarForm(title, description, agenda, speakers, start, end, zone, joinUrl, languages,
                interpretation, Audience.GROUP, capacity, registrationDeadline, materials, repeat, occurrences, group);
    }

    public WebinarForm withTitle(String newTitle) {
        return new WebinarForm(newTitle, description, agenda, speakers, start, end, zone, joinUrl, languages,
                interpretation, audience, capacity, registrationDeadline, materials, repeat, occurrences, groupId);
    }

    public WebinarForm withSpeakers(List<Speaker> newSpeakers) {
        return new WebinarForm(title, description, agenda, newSpeakers, start, end, zone, joinUrl, languages,
                interpretation, audience, capacity, registrationDeadline, materials, repeat, occurrences, groupId);
    }

    public WebinarForm withTimes(LocalDateTime newStart, LocalDateTime newEnd) {
        return new WebinarForm(title, description, agenda, speakers, newStart, newEnd, zone, joinUrl, languages,
                interpretation, audience, capacity, registrationDeadline, materials, repeat, occurrences, groupId);
    }

    public WebinarForm withAudience(Audience newAudience) {
        return new WebinarForm(title, description, agenda, speakers, start, end, zone, joinUrl, languages,
                interpretation, newAudience, capacity, registrationDeadline, materials, repeat, occurrences, groupId);
    }

    public WebinarForm withCapacity(@Nullable Integer newCapacity) {
        return new WebinarForm(title, description, agenda, speakers, start, end, zone, joinUrl, languages,
                interpretation, audience, newCapacity, registrationDeadline, materials, repeat, occurrences, groupId);
    }

    public WebinarForm withRegistrationDeadline(@Nullable LocalDateTime deadline) {
        return new WebinarForm(title, description, agenda, speakers, start, end, zone, joinUrl, languages,
                interpretation, audience, capacity, deadline, materials, repeat, occurrences, groupId);
    }

    public WebinarForm withMaterials(String newMaterials) {
        return new WebinarForm(title, description, agenda, speakers, start, end, zone, joinUrl, languages,
                interpretation, audience, capacity, registrationDeadline, newMaterials, repeat, occurrences, groupId);
    }

    /** The same form repeated {@code count} times, or once when {@code frequency} is null. */
    public WebinarForm withRepeat(@Nullable Frequency frequency, int count) {
        return new WebinarForm(title, description, agenda, speakers, start, end, zone, joinUrl, languages,
                interpretation, audience, capacity, registrationDeadline, materials, frequency, count, groupId);
    }
}
