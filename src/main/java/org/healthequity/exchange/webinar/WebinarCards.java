package org.healthequity.exchange.webinar;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The module's list SQL and row mapping (ADR 0015): webinar cards for lists, calendars, the home page, "my webinars"
 * and a group's meetings, each one statement whatever its size (places are counted in the same statement). Which
 * audiences and groups a viewer sees is decided by {@link Viewers}; this class only applies it.
 */
@Component
class WebinarCards {

    /** What the viewer may see, and when "now" is. */
    record Scope(List<String> audiences, List<Long> groups, long me, Instant now) {
    }

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
            + " from webinar w where " + VISIBLE;

    private final NamedParameterJdbcTemplate jdbc;

    WebinarCards(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Upcoming webinars soonest first, or past ones latest first. */
    List<WebinarCard> page(Scope scope, WebinarFilter filter, int offset, int limit) {
        MapSqlParameterSource params = params(scope).addValue("offset", offset).addValue("limit", limit);
        return jdbc.query(CARD + where(filter, params) + (filter.past() ? " order by w.starts_at desc, w.id desc"
                : " order by w.starts_at, w.id") + " offset :offset limit :limit", params, WebinarCards::card);
    }

    /** As {@link #page}, but starting after the webinar (start, id) where the previous page ended. */
    List<WebinarCard> pageAfter(Scope scope, WebinarFilter filter, @Nullable Instant afterStart,
            @Nullable Long afterId, int limit) {
        MapSqlParameterSource params = params(scope).addValue("limit", limit);
        String keyset = "";
        if (afterStart != null && afterId != null) {
            keyset = filter.past() ? " and (w.starts_at, w.id) < (:afterStart, :afterId)"
                    : " and (w.starts_at, w.id) > (:afterStart, :afterId)";
            params.addValue("afterStart", Timestamp.from(afterStart)).addValue("afterId", afterId);
        }
        return jdbc.query(CARD + where(filter, params) + keyset + (filter.past()
                ? " order by w.starts_at desc, w.id desc" : " order by w.starts_at, w.id") + " limit :limit", params,
                WebinarCards::card);
    }

    long count(Scope scope, WebinarFilter filter) {
        MapSqlParameterSource params = params(scope);
        Long count = jdbc.queryForObject("select count(*) from webinar w where " + VISIBLE
                + where(filter, params), params, Long.class);
        return count == null ? 0 : count;
    }

    /** The webinars that overlap [from, to), soonest first, at most {@code max}. */
    List<WebinarCard> between(Scope scope, WebinarFilter filter, Instant from, Instant to, int max) {
        MapSqlParameterSource params = params(scope).addValue("from", Timestamp.from(from))
                .addValue("to", Timestamp.from(to)).addValue("max", max);
        return jdbc.query(CARD + filters(filter, params) + " and w.starts_at < :to and w.ends_at > :from"
                + " order by w.starts_at, w.id limit :max", params, WebinarCards::card);
    }

    /** The next scheduled webinars that have not ended. */
    List<WebinarCard> upcoming(Scope scope, int howMany) {
        MapSqlParameterSource params = params(scope).addValue("limit", howMany);
        return jdbc.query(CARD + " and w.status = 'SCHEDULED' and w.ends_at > :now order by w.starts_at, w.id"
                + " limit :limit", params, WebinarCards::card);
    }

    /**
     * The viewer's places and places in queues, upcoming first, then the most recent past ones; a group's meeting
     * only while the viewer may see the group's meetings.
     */
    List<WebinarCard> mine(Scope scope) {
        return jdbc.query(CARD.replace("where " + VISIBLE,
                "where (w.audience <> 'GROUP' or w.audience in (:audiences) or w.group_id in (:groups))")
                + " and exists (select 1 from webinar_registration r where r.webinar_id = w.id"
                + " and r.account_id = :me and r.status <> 'CANCELLED')"
                + " order by (w.ends_at <= :now), case when w.ends_at > :now then w.starts_at end,"
                + " w.starts_at desc limit 200", params(scope), WebinarCards::card);
    }

    /** A working group's meetings: upcoming ones soonest first, or past ones latest first. */
    List<WebinarCard> ofGroup(Scope scope, long groupId, boolean past, int limit) {
        MapSqlParameterSource params = params(scope).addValue("group", groupId).addValue("limit", limit);
        return jdbc.query(CARD + " and w.audience = 'GROUP' and w.group_id = :group"
                + (past ? " and w.ends_at <= :now order by w.starts_at desc, w.id desc"
                        : " and w.ends_at > :now order by w.starts_at, w.id")
                + " limit :limit", params, WebinarCards::card);
    }

    private static MapSqlParameterSource params(Scope scope) {
        return new MapSqlParameterSource("audiences", scope.audiences()).addValue("groups", scope.groups())
                .addValue("me", scope.me()).addValue("now", Timestamp.from(scope.now()));
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
        Array array = rs.getArray(column);
        Set<Language> languages = EnumSet.noneOf(Language.class);
        if (array != null) {
            Arrays.stream((String[]) array.getArray()).map(Language::ofCode).flatMap(Optional::stream)
                    .forEach(languages::add);
        }
        return languages;
    }
}
