package org.healthequity.exchange.opencall;

import java.util.List;

import org.healthequity.exchange.member.Network;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The open call's SQL for the dashboards (ADR 0029): the funnel and acceptance, grouped in PostgreSQL. */
@Component
class CallFigureRows {

    private static final String FILTERS = """
             o.cycle between :fromYear and :toYear
             and (cast(:network as varchar) is null or o.network = :network)
             and (cast(:region as varchar) is null or a.region = :region)
            """;

    private final NamedParameterJdbcTemplate jdbc;

    CallFigureRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<CallFunnel> funnel(int fromYear, int toYear, @Nullable Network network, @Nullable String region) {
        return jdbc.query("""
                select o.cycle, count(*) as drafts,
                    count(*) filter (where a.submitted_at is not null) as submitted,
                    count(*) filter (where a.screening is not null) as screened,
                    count(*) filter (where exists (select 1 from call_review r
                        where r.application_id = a.id and r.status = 'SUBMITTED')) as reviewed,
                    count(*) filter (where a.status = 'ACCEPTED') as accepted
                from call_application a join open_call o on o.id = a.call_id
                where""" + FILTERS + """
                group by o.cycle order by o.cycle
                """, params(fromYear, toYear, network, region), (rs, i) -> new CallFunnel(rs.getInt(1),
                rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
    }

    /** Acceptance by {@code column}: the applicant's WHO region or institution type. */
    List<Acceptance> acceptanceBy(String column, int fromYear, int toYear, @Nullable Network network,
            @Nullable String region) {
        if (!List.of("region", "institution_type").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.query("""
                select a.%s, count(*), count(*) filter (where a.status = 'ACCEPTED')
                from call_application a join open_call o on o.id = a.call_id
                where a.status in ('ACCEPTED', 'DECLINED', 'WAITLISTED') and""".formatted(column) + FILTERS + """
                group by 1 order by 1
                """, params(fromYear, toYear, network, region), (rs, i) -> new Acceptance(rs.getString(1),
                rs.getLong(2), rs.getLong(3)));
    }

    private static MapSqlParameterSource params(int fromYear, int toYear, @Nullable Network network,
            @Nullable String region) {
        return new MapSqlParameterSource("fromYear", fromYear).addValue("toYear", toYear)
                .addValue("network", network == null ? null : network.name()).addValue("region", region);
    }
}
