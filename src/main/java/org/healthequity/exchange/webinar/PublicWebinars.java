package org.healthequity.exchange.webinar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Webinars the open web may know of (feeds, page metadata): audience PUBLIC and not cancelled, whoever asks. A
 * network's webinar or a group's meeting is never one of them.
 */
@Component
class PublicWebinars {

    /** A public webinar as feeds and metadata describe it; the description is Markdown. */
    record PublicWebinar(long id, String title, String description, Instant start, Instant end, ZoneId zone,
            List<String> languages, Instant createdAt, Instant updatedAt) {
    }

    private static final String PUBLIC = "select id, title, description, starts_at, ends_at, zone, languages,"
            + " created_at, updated_at from webinar where audience = 'PUBLIC' and status = 'SCHEDULED'";

    private final NamedParameterJdbcTemplate jdbc;

    PublicWebinars(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PublicWebinar> one(long id) {
        return jdbc.query(PUBLIC + " and id = :id", new MapSqlParameterSource("id", id), PublicWebinars::row)
                .stream().findFirst();
    }

    /** Those that have not ended by {@code now}, soonest first. */
    List<PublicWebinar> upcoming(Instant now, int howMany) {
        return jdbc.query(PUBLIC + " and ends_at > :now order by starts_at, id limit :limit",
                new MapSqlParameterSource("now", Timestamp.from(now)).addValue("limit", howMany),
                PublicWebinars::row);
    }

    private static PublicWebinar row(ResultSet rs, int i) throws SQLException {
        java.sql.Array languages = rs.getArray("languages");
        return new PublicWebinar(rs.getLong("id"), rs.getString("title"), rs.getString("description"),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                ZoneId.of(rs.getString("zone")),
                languages == null ? List.of() : List.of((String[]) languages.getArray()),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
