package org.healthequity.exchange.casestudy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** National clearance's reads by SQL, and the focal points (a table of ids and codes only), for its services. */
@Component
class ClearanceRows {

    /** A focal point as stored: names come from the member module. */
    record Named(long accountId, String country, Instant namedAt) {
    }

    private static final String ITEM = "select c.id, c.case_study_id, r.title, r.language, c.country, c.requested_at,"
            + " c.alerted_at, c.version from case_study_clearance c join case_study_revision r on r.id = c.revision_id";

    private final NamedParameterJdbcTemplate jdbc;

    ClearanceRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Named> focalPoints() {
        return jdbc.query("select account_id, country, named_at from clearance_focal_point order by country,"
                + " named_at", new MapSqlParameterSource(), (rs, i) -> new Named(rs.getLong("account_id"),
                        rs.getString("country"), rs.getTimestamp("named_at").toInstant()));
    }

    /** Names the person focal point of the country; false when they already are. */
    boolean name(long accountId, String country, Instant now) {
        return jdbc.update("insert into clearance_focal_point (account_id, country, named_at) values (:a, :c, :at)"
                + " on conflict do nothing", new MapSqlParameterSource("a", accountId).addValue("c", country)
                        .addValue("at", Timestamp.from(now))) > 0;
    }

    boolean remove(long accountId, String country) {
        return jdbc.update("delete from clearance_focal_point where account_id = :a and country = :c",
                new MapSqlParameterSource("a", accountId).addValue("c", country)) > 0;
    }

    boolean isFocalPoint(long accountId, String country) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from clearance_focal_point"
                + " where account_id = :a and country = :c)", new MapSqlParameterSource("a", accountId)
                        .addValue("c", country), Boolean.class));
    }

    /** Of the countries, those with a focal point, in the order given. */
    Set<String> withFocalPoints(Collection<String> countries) {
        if (countries.isEmpty()) {
            return Set.of();
        }
        Set<String> named = Set.copyOf(jdbc.queryForList("select distinct country from clearance_focal_point"
                + " where country in (:c)", new MapSqlParameterSource("c", countries), String.class));
        Set<String> ordered = new LinkedHashSet<>(countries);
        ordered.retainAll(named);
        return ordered;
    }

    List<Long> focalPointsOf(String country) {
        return jdbc.queryForList("select account_id from clearance_focal_point where country = :c order by named_at",
                new MapSqlParameterSource("c", country), Long.class);
    }

    /** The pending clearances of the countries the person is focal point of, oldest first. */
    List<ClearanceItem> pendingFor(long accountId, Instant overdueBefore) {
        return jdbc.query(ITEM + " where c.status = 'PENDING' and c.country in (select country from"
                + " clearance_focal_point where account_id = :me) order by c.requested_at, c.id",
                new MapSqlParameterSource("me", accountId), (rs, i) -> item(rs, overdueBefore));
    }

    /** Every pending clearance, oldest first, for the secretariat. */
    List<ClearanceItem> pending(Instant overdueBefore) {
        return jdbc.query(ITEM + " where c.status = 'PENDING' order by c.requested_at, c.id",
                new MapSqlParameterSource(), (rs, i) -> item(rs, overdueBefore));
    }

    long alertedPending() {
        Long count = jdbc.queryForObject("select count(*) from case_study_clearance where status = 'PENDING'"
                + " and alerted_at is not null", new MapSqlParameterSource(), Long.class);
        return count == null ? 0 : count;
    }

    /** Whether the person is focal point of a country whose clearance of the case study is pending. */
    boolean clearing(long caseStudyId, long accountId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from case_study_clearance c"
                + " join clearance_focal_point f on f.country = c.country and f.account_id = :me"
                + " where c.case_study_id = :cs and c.status = 'PENDING')", new MapSqlParameterSource("me", accountId)
                        .addValue("cs", caseStudyId), Boolean.class));
    }

    /** The countries that cleared the live version of a published case study. */
    List<String> clearedLive(long caseStudyId) {
        return jdbc.queryForList("select distinct c.country from case_study_clearance c join case_study s"
                + " on s.id = c.case_study_id and s.published_revision_id = c.revision_id and s.status = 'PUBLISHED'"
                + " where c.case_study_id = :cs and c.status = 'CLEARED' order by c.country",
                new MapSqlParameterSource("cs", caseStudyId), String.class);
    }

    Optional<Long> caseStudyOf(long clearanceId) {
        return jdbc.queryForList("select case_study_id from case_study_clearance where id = :id",
                new MapSqlParameterSource("id", clearanceId), Long.class).stream().findFirst();
    }

    private static ClearanceItem item(ResultSet rs, Instant overdueBefore) throws SQLException {
        Instant requested = rs.getTimestamp("requested_at").toInstant();
        return new ClearanceItem(rs.getLong("id"), rs.getLong("case_study_id"), rs.getString("title"),
                rs.getString("language"), rs.getString("country"), requested, requested.isBefore(overdueBefore),
                rs.getTimestamp("alerted_at") != null, rs.getLong("version"));
    }
}
