package org.healthequity.exchange.webinar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.healthequity.exchange.member.DirectoryFilter;
import org.healthequity.exchange.member.DirectoryService;
import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.text.RichText;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.workgroup.GroupDirectory;
import org.healthequity.exchange.workgroup.GroupOption;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

/**
 * Scheduling and running webinars: the secretariat (and a working group's leads, for their group only: checked here
 * for every webinar, see {@link Viewers}) creates, edits and cancels them, one occurrence or a whole series, and
 * records what follows (recording, materials, attendance). Everyone registered hears of each change through an
 * iCalendar update.
 */
@Service
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.GROUP_LEAD_NAME})
public class WebinarScheduling {

    private final WebinarRepository webinars;
    private final WebinarSeriesRepository series;
    private final WebinarRegistrationRepository registrations;
    private final Waitlist places;
    private final WebinarMail mail;
    private final MemberContacts contacts;
    private final DirectoryService directory;
    private final WebinarQueries queries;
    private final Viewers viewers;
    private final GroupDirectory groups;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WebinarScheduling(WebinarRepository webinars, WebinarSeriesRepository series,
            WebinarRegistrationRepository registrations, Waitlist places, WebinarMail mail,
            MemberContacts contacts, DirectoryService directory, WebinarQueries queries, Viewers viewers,
            GroupDirectory groups, ApplicationEventPublisher events, Clock clock) {
        this.webinars = webinars;
        this.series = series;
        this.registrations = registrations;
        this.places = places;
        this.mail = mail;
        this.contacts = contacts;
        this.directory = directory;
        this.queries = queries;
        this.viewers = viewers;
        this.groups = groups;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Schedules a webinar, or a series when the form asks for one (each occurrence at the same local time in the
     * organiser's zone, whatever daylight saving does in between).
     *
     * @return the id of the (first) webinar
     */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.GROUP_LEAD_NAME})
    @Transactional
    public long schedule(WebinarForm input) {
        ExchangeUser me = CurrentUser.require();
        WebinarForm form = WebinarChecks.cleaned(input);
        requireAudienceAllowed(form);
        requireFindableSpeakers(form, List.of());
        Instant now = clock.instant();
        WebinarChecks.Resolved first = WebinarChecks.check(form, now, null, 0);
        Frequency repeat = form.repeat();
        if (repeat == null) {
            Webinar webinar = new Webinar(newUid(), null, me.accountId(), now);
            webinar.apply(form, first.start(), first.end(), first.deadline(), now);
            long id = webinars.save(webinar).id();
            searchChanged(null, webinar);
            return id;
        }
        List<WebinarForm> occurrences = new ArrayList<>();
        List<WebinarChecks.Resolved> resolved = new ArrayList<>();
        List<Refused.FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < form.occurrences(); i++) {
            WebinarForm occurrence = shifted(form, repeat.occurrence(form.start(), i));
            try {
                resolved.add(WebinarChecks.check(occurrence, now, null, 0));
                occurrences.add(occurrence);
            } catch (Refused problem) {
                problems.add(new Refused.FieldProblem("start", "webinar.error.series-occurrence",
                        List.of(occurrence.start().toLocalDate())));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        long seriesId = series.save(new WebinarSeries(repeat, me.accountId(), now)).id();
        long firstId = 0;
        for (int i = 0; i < occurrences.size(); i++) {
            Webinar webinar = new Webinar(newUid(), seriesId, me.accountId(), now);
            webinar.apply(occurrences.get(i), resolved.get(i).start(), resolved.get(i).end(), resolved.get(i).deadline(),
                    now);
            long id = webinars.save(webinar).id();
            searchChanged(null, webinar);
            firstId = i == 0 ? id : firstId;
        }
        return firstId;
    }

    /** A webinar as its form shows it, if the caller may edit it. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.GROUP_LEAD_NAME})
    @Transactional(readOnly = true)
    public Optional<EditableWebinar> editable(long id) {
        ExchangeUser me = CurrentUser.require();
        return webinars.findById(id).filter(w -> viewers.mayEdit(me, w)).map(w -> {
            ZoneId zone = w.zone();
            Instant deadline = w.registrationDeadline();
            WebinarForm form = new WebinarForm(w.title(), w.description(), w.agenda(), w.speakers(),
                    LocalDateTime.ofInstant(w.startsAt(), zone), LocalDateTime.ofInstant(w.endsAt(), zone), zone,
                    w.joinUrl(), w.languages(), w.interpretation(), w.audience(), w.capacity(),
                    deadline == null ? null : LocalDateTime.ofInstant(deadline, zone), w.materials(), null, 0,
                    w.groupId());
            Frequency frequency = w.seriesId() == null ? null
                    : series.findById(w.seriesId()).map(WebinarSeries::frequency).orElse(null);
            return new EditableWebinar(w.id(), w.version(), w.seriesId(), frequency, form,
                    registrations.countByWebinarIdAndStatus(w.id(), RegistrationStatus.REGISTERED), w.cancelled(),
                    w.hasEnded(clock.instant()), w.recordingUrl());
        });
    }

    /**
     * Saves an edit. With {@link EditScope#SERIES}, every later occurrence of the series (that has not started) takes
     * the same content and the same local start time and length, each on its own date. Registrants of each changed
     * webinar get an iCalendar update when the time, title, description or link changed.
     */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.GROUP_LEAD_NAME})
    @Transactional
    public void update(long id, long version, WebinarForm input, EditScope scope) {
        ExchangeUser me = CurrentUser.require();
        Webinar webinar = editableLocked(id, me);
        if (webinar.version() != version) {
            throw new ChangedMeanwhile();
        }
        WebinarForm form = WebinarChecks.cleaned(input);
        requireAudienceAllowed(form);
        requireFindableSpeakers(form, webinar.speakers());
        Instant now = clock.instant();
        long taken = registrations.countByWebinarIdAndStatus(id, RegistrationStatus.REGISTERED);
        WebinarChecks.Resolved resolved = WebinarChecks.check(form, now, webinar.startsAt(), taken);
        List<Webinar> others = List.of();
        if (scope == EditScope.SERIES && webinar.seriesId() != null) {
            others = webinars.upcomingInSeries(webinar.seriesId(), later(webinar.startsAt(), now), id).stream()
                    .filter(w -> viewers.mayEdit(me, w)).toList();
        }
        List<Runnable> changes = new ArrayList<>();
        List<Refused.FieldProblem> problems = new ArrayList<>();
        changes.add(() -> change(webinar, form, resolved, now));
        for (Webinar other : others) {
            Webinar locked = webinars.lockById(other.id()).orElseThrow();
            LocalDateTime otherStart = LocalDateTime.ofInstant(locked.startsAt(), locked.zone()).toLocalDate()
                    .atTime(form.start().toLocalTime());
            WebinarForm shifted = shifted(form, otherStart);
            try {
                long otherTaken = registrations.countByWebinarIdAndStatus(locked.id(), RegistrationStatus.REGISTERED);
                WebinarChecks.Resolved otherResolved = WebinarChecks.check(shifted, now, locked.startsAt(), otherTaken);
                WebinarForm otherForm = shifted;
                changes.add(() -> change(locked, otherForm, otherResolved, now));
            } catch (Refused problem) {
                problems.add(new Refused.FieldProblem("start", "webinar.error.series-occurrence",
                        List.of(otherStart.toLocalDate())));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        changes.forEach(Runnable::run);
    }

    private void change(Webinar webinar, WebinarForm form, WebinarChecks.Resolved resolved, Instant now) {
        boolean forCalendars = !webinar.title().equals(form.title()) || !webinar.startsAt().equals(resolved.start())
                || !webinar.endsAt().equals(resolved.end()) || !webinar.joinUrl().equals(form.joinUrl())
                || !webinar.description().equals(form.description()) || !webinar.zone().equals(form.zone());
        Audience before = webinar.audience();
        webinar.apply(form, resolved.start(), resolved.end(), resolved.deadline(), now);
        if (forCalendars) {
            webinar.changedForCalendars();
        }
        webinars.saveAndFlush(webinar);
        searchChanged(before, webinar);
        if (forCalendars) {
            mail.updated(webinar, audienceOnly(webinar, registrations.registered(webinar.id()).stream()
                    .map(WebinarRegistration::accountId).toList()));
        }
        places.promote(webinar);
    }

    /** Cancels a webinar (or it and the rest of its series); everyone with a place or in the queue is told. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.GROUP_LEAD_NAME})
    @Transactional
    public void cancel(long id, EditScope scope) {
        ExchangeUser me = CurrentUser.require();
        Webinar webinar = editableLocked(id, me);
        Instant now = clock.instant();
        List<Webinar> affected = new ArrayList<>(List.of(webinar));
        if (scope == EditScope.SERIES && webinar.seriesId() != null) {
            webinars.upcomingInSeries(webinar.seriesId(), later(webinar.startsAt(), now), id)
                    .stream().filter(w -> viewers.mayEdit(me, w))
                    .forEach(w -> affected.add(webinars.lockById(w.id()).orElseThrow()));
        }
        for (Webinar each : affected) {
            if (each.hasStarted(now)) {
                throw new Refused("", "webinar.error.started");
            }
            each.cancel(now);
            webinars.saveAndFlush(each);
            searchChanged(each.audience(), each);
            mail.cancelled(each, audienceOnly(each, registrations.active(each.id()).stream()
                    .map(WebinarRegistration::accountId).toList()));
        }
    }

    /** Records what follows the event: the recording's address (or none) and the materials. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.GROUP_LEAD_NAME})
    @Transactional
    public void followUp(long id, @Nullable String recordingUrl, String materials) {
        ExchangeUser me = CurrentUser.require();
        Webinar webinar = editableLocked(id, me);
        String recording = recordingUrl == null || recordingUrl.isBlank() ? null : recordingUrl.strip();
        String cleaned = RichText.clean(materials);
        List<Refused.FieldProblem> problems = new ArrayList<>();
        if (recording != null && !WebinarChecks.validUrl(recording)) {
            problems.add(new Refused.FieldProblem("recordingUrl", "webinar.error.url"));
        }
        if (cleaned.length() > WebinarForm.MATERIALS_MAX) {
            problems.add(new Refused.FieldProblem("materials", "webinar.error.too-long",
                    List.of(WebinarForm.MATERIALS_MAX)));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        webinar.followUp(recording, cleaned, clock.instant());
        searchChanged(webinar.audience(), webinar);
    }

    /** The people with a place, for recording attendance: only for those who may edit the webinar. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.GROUP_LEAD_NAME})
    @Transactional(readOnly = true)
    public List<Attendee> attendees(long id) {
        ExchangeUser me = CurrentUser.require();
        webinars.findById(id).filter(w -> viewers.mayEdit(me, w))
                .orElseThrow(() -> new Refused("", "webinar.error.not-found"));
        List<WebinarRegistration> registered = registrations.registered(id);
        Map<Long, String> names = contacts.names(registered.stream().map(WebinarRegistration::accountId).toList());
        return registered.stream().map(r -> new Attendee(r.id(), r.accountId(),
                names.getOrDefault(r.accountId(), "#" + r.accountId()), r.attended()))
                .sorted(Comparator.comparing(Attendee::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Records who came, once the webinar has started: everyone with a place is marked present or absent. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.GROUP_LEAD_NAME})
    @Transactional
    public void recordAttendance(long id, Set<Long> presentRegistrationIds) {
        ExchangeUser me = CurrentUser.require();
        Webinar webinar = editableLocked(id, me);
        if (!webinar.hasStarted(clock.instant())) {
            throw new Refused("", "webinar.error.not-started");
        }
        for (WebinarRegistration registration : registrations.registered(id)) {
            registration.attended(presentRegistrationIds.contains(registration.id()));
        }
    }

    /** Other events for the same audience that overlap the slot (a warning, not a refusal). */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.GROUP_LEAD_NAME})
    @Transactional(readOnly = true)
    public List<Overlap> overlaps(LocalDateTime start, LocalDateTime end, ZoneId zone, Audience audience,
            @Nullable Long exceptId) {
        return overlaps(start, end, zone, audience, null, exceptId);
    }

    /** Other events for the same audience (for a group's meetings: the same group) that overlap the slot. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.GROUP_LEAD_NAME})
    @Transactional(readOnly = true)
    public List<Overlap> overlaps(LocalDateTime start, LocalDateTime end, ZoneId zone, Audience audience,
            @Nullable Long groupId, @Nullable Long exceptId) {
        // A lead sees the calendar of their own group only, never another group's meetings or a network's webinars.
        if (!viewers.mayOrganiseFor(audience, groupId)) {
            return List.of();
        }
        Optional<Instant> from = LocalTimes.strict(start, zone);
        Optional<Instant> to = LocalTimes.strict(end, zone);
        if (from.isEmpty() || to.isEmpty() || !to.get().isAfter(from.get())) {
            return List.of();
        }
        return queries.overlaps(audience, audience == Audience.GROUP ? groupId : null, from.get(), to.get(),
                exceptId == null ? -1L : exceptId);
    }

    /** The slot's local times around the world and fairer slots on the same day; empty for a slot that does not exist. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.GROUP_LEAD_NAME})
    @Transactional(readOnly = true)
    public Optional<FairnessReport> fairness(LocalDateTime start, LocalDateTime end, ZoneId zone, Audience audience) {
        return fairness(start, end, zone, audience, null);
    }

    /** The same, for a group's meeting counting the zones of the group's members. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.GROUP_LEAD_NAME})
    @Transactional(readOnly = true)
    public Optional<FairnessReport> fairness(LocalDateTime start, LocalDateTime end, ZoneId zone, Audience audience,
            @Nullable Long groupId) {
        Optional<Instant> from = LocalTimes.strict(start, zone);
        Optional<Instant> to = LocalTimes.strict(end, zone);
        if (from.isEmpty() || to.isEmpty() || !to.get().isAfter(from.get())
                || Duration.between(from.get(), to.get()).toHours() > 24) {
            return Optional.empty();
        }
        Map<ZoneId, Long> memberZones;
        if (audience == Audience.GROUP) {
            if (groupId == null || !viewers.mayOrganiseFor(audience, groupId)) {
                return Optional.empty();
            }
            memberZones = contacts.zonesOf(groups.memberIds(groupId));
        } else {
            memberZones = viewers.mayOrganiseFor(audience, null)
                    ? contacts.memberZones(audience.network().orElse(null)) : Map.of();
        }
        return Optional.of(Fairness.report(from.get(), to.get(), zone, memberZones, clock.instant()));
    }

    /** The audiences the caller may schedule for: any for the secretariat, a working group for a group's lead. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.GROUP_LEAD_NAME})
    @Transactional(readOnly = true)
    public List<Audience> audienceChoices() {
        return Viewers.organises(CurrentUser.require()) ? List.of(Audience.values()) : List.of(Audience.GROUP);
    }

    /** The working groups the caller may schedule meetings for: the groups they lead (every active one for staff). */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.GROUP_LEAD_NAME})
    @Transactional(readOnly = true)
    public List<GroupOption> groupChoices() {
        return groups.groupsIMayOrganise();
    }

    /** Members of the directory to choose speakers from, by name. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.GROUP_LEAD_NAME})
    @Transactional(readOnly = true)
    public List<Speaker> speakerCandidates(String text, int offset, int limit) {
        return directory.page(new DirectoryFilter(text, null, null, null, null, null, null), Language.ENGLISH,
                offset, limit).stream().map(card -> new Speaker(card.id(), card.name())).toList();
    }

    /** Search reads the webinar again from the change feed, written in this transaction (ADR 0012). */
    private void searchChanged(@Nullable Audience before, Webinar webinar) {
        WebinarSearchSource.changes(before, webinar).forEach(events::publishEvent);
    }

    /** A group's meeting is mailed only to people still in the group. */
    private List<Long> audienceOnly(Webinar webinar, List<Long> accountIds) {
        Long group = webinar.groupId();
        if (group == null) {
            return accountIds;
        }
        Set<Long> members = Set.copyOf(groups.memberIds(group));
        return accountIds.stream().filter(members::contains).toList();
    }

    /** A lead schedules for a group they lead and nothing else; the secretariat for any audience. */
    private void requireAudienceAllowed(WebinarForm form) {
        if (!viewers.mayOrganiseFor(form.audience(), form.groupId())) {
            throw new Refused("audience", "webinar.error.audience-not-allowed");
        }
    }

    /**
     * Member speakers are people the organiser could pick from the directory (or speakers already): an account id typed
     * by hand must not put a hidden person's name on a public page.
     */
    private void requireFindableSpeakers(WebinarForm form, List<Speaker> current) {
        Set<Long> named = form.speakers().stream().map(Speaker::accountId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (named.isEmpty()) {
            return;
        }
        Set<Long> allowed = new HashSet<>(contacts.listedInDirectory(named));
        current.stream().map(Speaker::accountId).filter(Objects::nonNull).forEach(allowed::add);
        if (!allowed.containsAll(named)) {
            throw new Refused("speakers", "webinar.error.speaker-unknown");
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private Webinar editableLocked(long id, ExchangeUser me) {
        return webinars.lockById(id).filter(w -> viewers.mayEdit(me, w))
                .orElseThrow(() -> new Refused("", "webinar.error.not-found"));
    }

    private static WebinarForm shifted(WebinarForm form, LocalDateTime start) {
        Duration length = Duration.between(form.start(), form.end());
        LocalDateTime deadline = form.registrationDeadline();
        return form.withTimes(start, start.plus(length))
                .withRegistrationDeadline(deadline == null ? null : start.minus(Duration.between(deadline,
                        form.start())))
                .withRepeat(null, 0);
    }

    private String newUid() {
        return UUID.randomUUID() + "@" + Objects.requireNonNullElse(mail.organiserAddress().replaceAll(".*@", ""),
                "healthequity.example.org");
    }
}
