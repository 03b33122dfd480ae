package org.healthequity.exchange.member;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The member module's SQL for the dashboards (ADR 0015, ADR 0029): counts grouped in PostgreSQL, never rows counted in
 * Java. Only active accounts count; a member's country is the one in the profile.
 */
@Component
class FigureRows {

    private final NamedParameterJdbcTemplate jdbc;

    FigureRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Members who joined a network, by month (UTC) and network. */
    List<MonthCount> joins(YearMonth from, YearMonth to, @Nullable Network network, @Nullable String region) {
        return jdbc.query("""
                select to_char(date_trunc('month', m.joined_at at time zone 'UTC'), 'YYYY-MM') as month,
                    m.network, count(*) as n
                from network_membership m join account a on a.id = m.account_id
                    left join profile p on p.account_id = m.account_id left join country c on c.iso2 = p.country
                where a.status = 'ACTIVE' and m.joined_at >= :from and m.joined_at < :to
                    and (cast(:network as varchar) is null or m.network = :network)
                    and (cast(:region as varchar) is null or c.region = :region)
                group by 1, 2 order by 1, 2
                """, params(from, to, network, region), (rs, i) -> new MonthCount(YearMonth.parse(rs.getString(1)),
                rs.getString(2), rs.getLong(3)));
    }

    /** Active members by the country of their profile (members without one are left out). */
    Map<String, Long> membersByCountry(@Nullable Network network, @Nullable String region) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("""
                select p.country, count(distinct m.account_id) as n
                from network_membership m join account a on a.id = m.account_id
                    join profile p on p.account_id = m.account_id join country c on c.iso2 = p.country
                where a.status = 'ACTIVE'
                    and (cast(:network as varchar) is null or m.network = :network)
                    and (cast(:region as varchar) is null or c.region = :region)
                group by p.country
                """, params(YearMonth.of(2000, 1), YearMonth.of(2000, 1), network, region),
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    long activeMembers() {
        return jdbc.queryForObject("""
                select count(distinct m.account_id) from network_membership m join account a on a.id = m.account_id
                where a.status = 'ACTIVE'
                """, Map.of(), Long.class);
    }

    long institutions() {
        return jdbc.queryForObject("select count(distinct institution_id) from institution_network", Map.of(),
                Long.class);
    }

    private static MapSqlParameterSource params(YearMonth from, YearMonth to, @Nullable Network network,
            @Nullable String region) {
        return new MapSqlParameterSource("from", start(from)).addValue("to", start(to.plusMonths(1)))
                .addValue("network", network == null ? null : network.name()).addValue("region", region);
    }

    private static java.sql.Timestamp start(YearMonth month) {
        return java.sql.Timestamp.from(month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
