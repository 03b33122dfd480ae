package org.healthequity.exchange.webinar;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.healthequity.exchange.member.Network;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The webinar module's SQL for the dashboards (ADR 0029): places grouped per person in PostgreSQL (the person's
 * country is the member module's, asked for once for all of them), and the slots of the sessions held.
 */
@Component
class WebinarFigureRows {

    private static final String FILTERS = """
             w.status = 'SCHEDULED' and w.starts_at >= :from and w.starts_at < :to
             and (cast(:network as varchar) is null or w.audience = :network)
            """;

    record Slot(Instant start, Instant end) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    WebinarFigureRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per person, places at the period's webinars: {registered, attended}. */
    Map<Long, long[]> placesByPerson(YearMonth from, YearMonth to, @Nullable Network network) {
        Map<Long, long[]> people = new HashMap<>();
        jdbc.query("""
                select r.account_id, count(*), count(*) filter (where r.attended)
                from webinar_registration r join webinar w on w.id = r.webinar_id
                where r.status = 'REGISTERED' and""" + FILTERS + """
                group by r.account_id""", params(from, to, network), rs -> {
                    people.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        return people;
    }

    List<Slot> slots(YearMonth from, YearMonth to, @Nullable Network network) {
        return jdbc.query("select w.starts_at, w.ends_at from webinar w where" + FILTERS, params(from, to, network),
                (rs, i) -> new Slot(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()));
    }

    private static MapSqlParameterSource params(YearMonth from, YearMonth to, @Nullable Network network) {
        return new MapSqlParameterSource("from", start(from)).addValue("to", start(to.plusMonths(1)))
                .addValue("network", network == null ? null : network.name());
    }

    private static Timestamp start(YearMonth month) {
        return Timestamp.from(month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
