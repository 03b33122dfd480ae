package org.healthequity.exchange.webinar;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.workgroup.GroupDirectory;
import org.healthequity.exchange.workgroup.GroupOption;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;

/**
 * Finding webinars: lists, calendars and a webinar's page, each showing only what the viewer's audience allows. Each
 * list is one SQL statement whatever its size (places are counted in the same statement).
 */
@Service
@NamedInterface("api")
public class WebinarCalendar {

    private static final int CALENDAR_MAX = 500;

    private final WebinarCards cards;
    private final WebinarRepository webinars;
    private final WebinarRegistrationRepository registrations;
    private final MemberContacts contacts;
    private final Viewers viewers;
    private final GroupDirectory groups;
    private final Clock clock;

    WebinarCalendar(WebinarCards cards, WebinarRepository webinars,
            WebinarRegistrationRepository registrations, MemberContacts contacts, Viewers viewers,
            GroupDirectory groups, Clock clock) {
        this.cards = cards;
        this.webinars = webinars;
        this.registrations = registrations;
        this.contacts = contacts;
        this.viewers = viewers;
        this.groups = groups;
        this.clock = clock;
    }

    /** Upcoming webinars soonest first, or past ones latest first. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<WebinarCard> page(WebinarFilter filter, int offset, int limit) {
        return cards.page(scope(), filter, Math.max(0, offset), Math.max(1, Math.min(limit, 500)));
    }

    /**
     * As {@link #page}, for machines: a page that starts after the webinar (start, id) where the previous one ended, so
     * pages stay stable while webinars are added.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public List<WebinarCard> pageAfter(WebinarFilter filter, @Nullable Instant afterStart, @Nullable Long afterId,
            int limit) {
        return cards.pageAfter(scope(), filter, afterStart, afterId, Math.max(1, Math.min(limit, 100)));
    }

    @PermitAll
    @Transactional(readOnly = true)
    public long count(WebinarFilter filter) {
        return cards.count(scope(), filter);
    }

    /** The webinars that overlap [from, to), for a month or a week of the calendar, soonest first. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<WebinarCard> between(Instant from, Instant to, @Nullable Audience audience,
            @Nullable Language language) {
        WebinarFilter filter = new WebinarFilter(audience, language, false);
        return cards.between(scope(), filter, from, to, CALENDAR_MAX);
    }

    /** The next webinars the viewer may see, for the home page. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<WebinarCard> upcoming(int howMany) {
        return cards.upcoming(scope(), howMany);
    }

    /** The signed-in person's places and places in queues, upcoming first, then the most recent past ones. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<WebinarCard> mine() {
        return cards.mine(scope());
    }

    /**
     * A working group's meetings the viewer may see (none unless they are a member, or the secretariat): upcoming ones
     * soonest first, or past ones latest first.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public List<WebinarCard> ofGroup(long groupId, boolean past, int limit) {
        return cards.ofGroup(scope(), groupId, past, Math.max(1, Math.min(limit, 200)));
    }

    /** Whether the viewer may schedule meetings for this working group (its leads, the secretariat). */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean mayScheduleFor(long groupId) {
        return viewers.mayOrganiseFor(Audience.GROUP, groupId);
    }

    /** A webinar's page, if the viewer may see it. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<WebinarPage> webinar(long id) {
        Optional<Webinar> found = webinars.findById(id);
        if (found.isEmpty() || !viewers.maySee(found.get())) {
            return Optional.empty();
        }
        Webinar webinar = found.get();
        ExchangeUser viewer = CurrentUser.get().orElse(null);
        Instant now = clock.instant();
        RegistrationStatus mine = null;
        Integer position = null;
        if (viewer != null) {
            mine = registrations.findByWebinarIdAndAccountId(id, viewer.accountId()).map(WebinarRegistration::status)
                    .filter(s -> s != RegistrationStatus.CANCELLED).orElse(null);
            if (mine == RegistrationStatus.WAITLISTED) {
                List<WebinarRegistration> queue = registrations.waitlist(id);
                for (int i = 0; i < queue.size(); i++) {
                    if (queue.get(i).accountId() == viewer.accountId()) {
                        position = i + 1;
                    }
                }
            }
        }
        boolean mayEdit = viewers.mayEdit(viewer, webinar);
        String joinUrl = mine == RegistrationStatus.REGISTERED || mayEdit ? webinar.joinUrl() : null;
        return Optional.of(new WebinarPage(id, webinar.seriesId(), webinar.title(), webinar.description(),
                webinar.agenda(), speakers(webinar.speakers()), webinar.startsAt(), webinar.endsAt(), webinar.zone(),
                webinar.audience(), webinar.languages(), webinar.interpretation(), webinar.capacity(),
                registrations.countByWebinarIdAndStatus(id, RegistrationStatus.REGISTERED),
                registrations.countByWebinarIdAndStatus(id, RegistrationStatus.WAITLISTED),
                webinar.registrationDeadline(), webinar.registrationOpen(now), webinar.cancelled(),
                webinar.hasEnded(now), mine, position, joinUrl, webinar.materials(), webinar.recordingUrl(),
                mayEdit, viewer != null, groupName(webinar)));
    }

    private @Nullable String groupName(Webinar webinar) {
        Long group = webinar.groupId();
        return group == null ? null : groups.group(group).map(GroupOption::name).orElse(null);
    }

    /** Member speakers under the name they go by today; guests as entered. */
    private List<Speaker> speakers(List<Speaker> speakers) {
        Map<Long, String> names = contacts.names(speakers.stream().map(Speaker::accountId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return speakers.stream().map(s -> s.accountId() != null && names.containsKey(s.accountId())
                ? new Speaker(s.accountId(), names.get(s.accountId())) : s).toList();
    }

    private WebinarCards.Scope scope() {
        return new WebinarCards.Scope(viewers.visibleAudiences(), viewers.visibleGroups(), Viewers.meOrNobody(),
                clock.instant());
    }
}
