package org.healthequity.exchange.webinar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.workgroup.GroupDirectory;
import org.healthequity.exchange.workgroup.GroupOption;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;

/**
 * Finding webinars: lists, calendars and a webinar's page, each showing only what the viewer's audience allows. Each
 * list is one SQL statement whatever its size (places are counted in the same statement).
 */
@Service
public class WebinarCalendar {

    private static final int CALENDAR_MAX = 500;
    /** The public's and networks' webinars by audience, a group's by membership; staff see every audience. */
    static final String VISIBLE = "(w.audience in (:audiences) or w.group_id in (:groups))";
    private static final String CARD = "select w.id, w.title, w.starts_at, w.ends_at, w.zone, w.audience, w.languages,"
            + " w.interpretation, w.capacity, w.status, w.series_id,"
            + " (select count(*) from webinar_registration r where r.webinar_id = w.id and r.status = 'REGISTERED')"
            + " as registered,"
            + " (select count(*) from webinar_registration r where r.webinar_id = w.id and r.status = 'WAITLISTED')"
            + " as waitlisted,"
            + " (select r.status from webinar_registration r where r.webinar_id = w.id and r.account_id = :me"
            + " and r.status <> 'CANCELLED') as mine"
            + " from webinar w where " + WebinarCalendar.VISIBLE;

    private final NamedParameterJdbcTemplate jdbc;
    private final WebinarRepository webinars;
    private final WebinarRegistrationRepository registrations;
    private final MemberContacts contacts;
    private final Viewers viewers;
    private final GroupDirectory groups;
    private final Clock clock;

    WebinarCalendar(NamedParameterJdbcTemplate jdbc, WebinarRepository webinars,
            WebinarRegistrationRepository registrations, MemberContacts contacts, Viewers viewers,
            GroupDirectory groups, Clock clock) {
        this.jdbc = jdbc;
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
        MapSqlParameterSource params = params(filter).addValue("offset", Math.max(0, offset))
                .addValue("limit", Math.max(1, Math.min(limit, 500)));
        return jdbc.query(CARD + where(filter, params) + (filter.past() ? " order by w.starts_at desc, w.id desc"
                : " order by w.starts_at, w.id") + " offset :offset limit :limit", params, WebinarCalendar::card);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public long count(WebinarFilter filter) {
        MapSqlParameterSource params = params(filter);
        Long count = jdbc.queryForObject("select count(*) from webinar w where " + VISIBLE
                + where(filter, params), params, Long.class);
        return count == null ? 0 : count;
    }

    /** The webinars that overlap [from, to), for a month or a week of the calendar, soonest first. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<WebinarCard> between(Instant from, Instant to, @Nullable Audience audience,
            @Nullable Language language) {
        WebinarFilter filter = new WebinarFilter(audience, language, false);
        MapSqlParameterSource params = params(filter).addValue("from", Timestamp.from(from))
                .addValue("to", Timestamp.from(to)).addValue("max", CALENDAR_MAX);
        return jdbc.query(CARD + filters(filter, params) + " and w.starts_at < :to and w.ends_at > :from"
                + " order by w.starts_at, w.id limit :max", params, WebinarCalendar::card);
    }

    /** The next webinars the viewer may see, for the home page. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<WebinarCard> upcoming(int howMany) {
        MapSqlParameterSource params = params(WebinarFilter.upcoming()).addValue("limit", howMany);
        return jdbc.query(CARD + " and w.status = 'SCHEDULED' and w.ends_at > :now order by w.starts_at, w.id"
                + " limit :limit", params, WebinarCalendar::card);
    }

    /** The signed-in person's places and places in queues, upcoming first, then the most recent past ones. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<WebinarCard> mine() {
        MapSqlParameterSource params = params(WebinarFilter.upcoming());
        return jdbc.query(CARD.replace("where " + VISIBLE,
                "where (w.audience <> 'GROUP' or w.audience in (:audiences) or w.group_id in (:groups))")
                + " and exists (select 1 from webinar_registration r where r.webinar_id = w.id"
                + " and r.account_id = :me and r.status <> 'CANCELLED')"
                + " order by (w.ends_at <= :now), case when w.ends_at > :now then w.starts_at end,"
                + " w.starts_at desc limit 200", params, WebinarCalendar::card);
    }

    /**
     * A working group's meetings the viewer may see (none unless they are a member, or the secretariat): upcoming ones
     * soonest first, or past ones latest first.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public List<WebinarCard> ofGroup(long groupId, boolean past, int limit) {
        MapSqlParameterSource params = params(WebinarFilter.upcoming()).addValue("group", groupId)
                .addValue("limit", Math.max(1, Math.min(limit, 200)));
        return jdbc.query(CARD + " and w.audience = 'GROUP' and w.group_id = :group"
                + (past ? " and w.ends_at <= :now order by w.starts_at desc, w.id desc"
                        : " and w.ends_at > :now order by w.starts_at, w.id")
                + " limit :limit", params, WebinarCalendar::card);
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
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        return speakers.stream().map(s -> s.accountId() != null && names.containsKey(s.accountId())
                ? new Speaker(s.accountId(), names.get(s.accountId())) : s).toList();
    }

    private MapSqlParameterSource params(WebinarFilter filter) {
        return new MapSqlParameterSource("audiences", viewers.visibleAudiences())
                .addValue("groups", viewers.visibleGroups())
                .addValue("me", Viewers.meOrNobody()).addValue("now", Timestamp.from(clock.instant()));
    }

    private static String where(WebinarFilter filter, MapSqlParameterSource params) {
        return filters(filter, params) + (filter.past() ? " and w.ends_at <= :now" : " and w.ends_at > :now");
    }

    private static String filters(WebinarFilter filter, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder();
        if (filter.audience() != null) {
            where.append(" and w.audience = :audience");
            params.addValue("audience", filter.audience().name());
        }
        if (filter.language() != null) {
            where.append(" and (:language = any(w.languages) or :language = any(w.interpretation))");
            params.addValue("language", filter.language().code());
        }
        return where.toString();
    }

    static WebinarCard card(ResultSet rs, int row) throws SQLException {
        String mine = rs.getString("mine");
        return new WebinarCard(rs.getLong("id"), rs.getString("title"), rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(), ZoneId.of(rs.getString("zone")),
                Audience.valueOf(rs.getString("audience")), languages(rs, "languages"),
                languages(rs, "interpretation"), (Integer) rs.getObject("capacity"), rs.getLong("registered"),
                rs.getLong("waitlisted"), "CANCELLED".equals(rs.getString("status")),
                (Long) rs.getObject("series_id"), mine == null ? null : RegistrationStatus.valueOf(mine));
    }

    static Set<Language> languages(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        Set<Language> languages = EnumSet.noneOf(Language.class);
        if (array != null) {
            Arrays.stream((String[]) array.getArray()).map(Language::ofCode).flatMap(Optional::stream)
                    .forEach(languages::add);
        }
        return languages;
    }
}
