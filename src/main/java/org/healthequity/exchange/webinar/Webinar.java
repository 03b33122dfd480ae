package org.healthequity.exchange.webinar;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.validation.Refused;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A webinar or meeting. Its iCalendar identity (UID) never changes; every change that calendar programs must see
 * increments the SEQUENCE, so invitations already sent are updated rather than duplicated.
 */
@Entity
@Table(name = "webinar")
class Webinar {

    enum Status {
        SCHEDULED, CANCELLED
    }

    @Embeddable
    static class AgendaEntry {
        @Column(name = "at_time", nullable = false)
        private LocalTime at;
        @Column(nullable = false, length = WebinarForm.AGENDA_TITLE_MAX)
        private String title;

        @SuppressWarnings("NullAway.Init")
        protected AgendaEntry() {
        }

        AgendaEntry(AgendaItem item) {
            this.at = item.at();
            this.title = item.title();
        }

        AgendaItem toItem() {
            return new AgendaItem(at, title);
        }
    }

    @Embeddable
    static class SpeakerEntry {
        private @Nullable Long accountId;
        @Column(nullable = false, length = WebinarForm.SPEAKER_NAME_MAX)
        private String name;

        @SuppressWarnings("NullAway.Init")
        protected SpeakerEntry() {
        }

        SpeakerEntry(Speaker speaker) {
            this.accountId = speaker.accountId();
            this.name = speaker.name();
        }

        Speaker toSpeaker() {
            return new Speaker(accountId, name);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, updatable = false)
    private String uid;

    private @Nullable Long seriesId;

    @Column(length = WebinarForm.TITLE_MAX)
    private String title;
    private String description;

    private Instant startsAt;

    private Instant endsAt;

    private String zone;

    @Column(length = WebinarForm.URL_MAX)
    private String joinUrl;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] languages;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] interpretation;

    @Enumerated(EnumType.STRING)
    private Audience audience;

    private @Nullable Long groupId;

    private @Nullable Integer capacity;

    private @Nullable Instant registrationDeadline;

    private String materials;

    @Column(length = WebinarForm.URL_MAX)
    private @Nullable String recordingUrl;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int sequence;

    private @Nullable Long organiserId;

    private Instant createdAt;

    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "webinar_agenda_item", joinColumns = @JoinColumn(name = "webinar_id"))
    @OrderColumn(name = "position")
    private List<AgendaEntry> agenda = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "webinar_speaker", joinColumns = @JoinColumn(name = "webinar_id"))
    @OrderColumn(name = "position")
    private List<SpeakerEntry> speakers = new ArrayList<>();

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Webinar() {
    }

    Webinar(String uid, @Nullable Long seriesId, long organiserId, Instant now) {
        this.uid = uid;
        this.seriesId = seriesId;
        this.organiserId = organiserId;
        this.status = Status.SCHEDULED;
        this.createdAt = now;
        this.updatedAt = now;
        this.materials = "";
        this.description = "";
    }

    /** The content and times as checked by {@link WebinarChecks}; the times are already resolved in the zone. */
    void apply(WebinarForm form, Instant start, Instant end, @Nullable Instant deadline, Instant now) {
        requireScheduled();
        this.title = form.title();
        this.description = form.description();
        this.startsAt = start;
        this.endsAt = end;
        this.zone = form.zone().getId();
        this.joinUrl = form.joinUrl();
        this.languages = codes(form.languages());
        this.interpretation = codes(form.interpretation());
        this.audience = form.audience();
        this.groupId = form.groupId();
        this.capacity = form.capacity();
        this.registrationDeadline = deadline;
        this.materials = form.materials();
        this.agenda.clear();
        form.agenda().forEach(a -> agenda.add(new AgendaEntry(a)));
        this.speakers.clear();
        form.speakers().forEach(s -> speakers.add(new SpeakerEntry(s)));
        this.updatedAt = now;
    }

    /** Calendar programs replace their copy only when the sequence grows. */
    void changedForCalendars() {
        sequence++;
    }

    void cancel(Instant now) {
        requireScheduled();
        status = Status.CANCELLED;
        sequence++;
        updatedAt = now;
    }

    /** What follows the event: the recording and the materials (slides, reports). */
    void followUp(@Nullable String recordingUrl, String materials, Instant now) {
        this.recordingUrl = recordingUrl;
        this.materials = materials;
        this.updatedAt = now;
    }

    private void requireScheduled() {
        if (status == Status.CANCELLED) {
            throw new Refused("", "webinar.error.cancelled");
        }
    }

    boolean hasEnded(Instant now) {
        return !endsAt.isAfter(now);
    }

    boolean hasStarted(Instant now) {
        return !startsAt.isAfter(now);
    }

    boolean registrationOpen(Instant now) {
        return status == Status.SCHEDULED && startsAt.isAfter(now)
                && (registrationDeadline == null || registrationDeadline.isAfter(now));
    }

    private static String[] codes(Set<Language> languages) {
        return Arrays.stream(Language.values()).filter(languages::contains).map(Language::code)
                .toArray(String[]::new);
    }

    private static Set<Language> languages(String[] codes) {
        return Arrays.stream(codes).map(Language::ofCode).flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Language.class)));
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    String uid() {
        return uid;
    }

    @Nullable
    Long seriesId() {
        return seriesId;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    Instant startsAt() {
        return startsAt;
    }

    Instant endsAt() {
        return endsAt;
    }

    ZoneId zone() {
        return ZoneId.of(zone);
    }

    String joinUrl() {
        return joinUrl;
    }

    Set<Language> languages() {
        return languages(languages);
    }

    Set<Language> interpretation() {
        return languages(interpretation);
    }

    Audience audience() {
        return audience;
    }

    /** The working group whose members the webinar is for, if its audience is a group. */
    @Nullable
    Long groupId() {
        return groupId;
    }

    @Nullable
    Integer capacity() {
        return capacity;
    }

    @Nullable
    Instant registrationDeadline() {
        return registrationDeadline;
    }

    String materials() {
        return materials;
    }

    @Nullable
    String recordingUrl() {
        return recordingUrl;
    }

    Status status() {
        return status;
    }

    boolean cancelled() {
        return status == Status.CANCELLED;
    }

    int sequence() {
        return sequence;
    }

    @Nullable
    Long organiserId() {
        return organiserId;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    List<AgendaItem> agenda() {
        return agenda.stream().map(AgendaEntry::toItem).toList();
    }

    List<Speaker> speakers() {
        return speakers.stream().map(SpeakerEntry::toSpeaker).toList();
    }

    long version() {
        return version;
    }
}
