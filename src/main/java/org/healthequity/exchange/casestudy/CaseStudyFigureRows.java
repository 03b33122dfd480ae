package org.healthequity.exchange.casestudy;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.healthequity.exchange.member.MonthCount;
import org.healthequity.exchange.member.Network;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The case-study module's SQL for the dashboards (ADR 0029), grouped in PostgreSQL. A case study is in a region when
 * the region or one of its countries is named in it; submissions count every revision sent to moderation.
 */
@Component
class CaseStudyFigureRows {

    private static final String FILTERS = """
             and (cast(:network as varchar) is null or r.network = :network)
             and (cast(:region as varchar) is null or :region = any(r.regions) or exists (select 1 from country c
                 where c.iso2 = any(r.countries) and c.region = :region))
            """;

    private final NamedParameterJdbcTemplate jdbc;

    CaseStudyFigureRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Revisions submitted and case studies first published, by month (UTC): series SUBMITTED and PUBLISHED. */
    List<MonthCount> perMonth(YearMonth from, YearMonth to, @Nullable Network network, @Nullable String region) {
        return jdbc.query("""
                select to_char(date_trunc('month', r.submitted_at at time zone 'UTC'), 'YYYY-MM'), 'SUBMITTED', count(*)
                from case_study_revision r
                where r.submitted_at >= :from and r.submitted_at < :to
                """ + FILTERS + """
                group by 1
                union all
                select to_char(date_trunc('month', s.first_published_at at time zone 'UTC'), 'YYYY-MM'), 'PUBLISHED',
                    count(*)
                from case_study s join case_study_revision r on r.id = s.published_revision_id
                where s.status = 'PUBLISHED' and s.first_published_at >= :from and s.first_published_at < :to
                """ + FILTERS + """
                group by 1
                order by 1, 2
                """, params(from, to, network, region), (rs, i) -> new MonthCount(YearMonth.parse(rs.getString(1)),
                rs.getString(2), rs.getLong(3)));
    }

    /** Case studies first published in the period, by the code in {@code column} (themes or regions). */
    Map<String, Long> publishedBy(String column, YearMonth from, YearMonth to, @Nullable Network network,
            @Nullable String region) {
        if (!List.of("themes", "regions").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("""
                select code, count(*) from case_study s join case_study_revision r on r.id = s.published_revision_id
                    cross join lateral unnest(r.%s) as code
                where s.status = 'PUBLISHED' and s.first_published_at >= :from and s.first_published_at < :to
                """.formatted(column) + FILTERS + """
                group by code order by 2 desc, 1
                """, params(from, to, network, region), rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    private static MapSqlParameterSource params(YearMonth from, YearMonth to, @Nullable Network network,
            @Nullable String region) {
        return new MapSqlParameterSource("from", start(from)).addValue("to", start(to.plusMonths(1)))
                .addValue("network", network == null ? null : network.name()).addValue("region", region);
    }

    private static Timestamp start(YearMonth month) {
        return Timestamp.from(month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
