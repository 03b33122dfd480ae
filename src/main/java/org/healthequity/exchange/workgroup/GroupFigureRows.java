package org.healthequity.exchange.workgroup;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.healthequity.exchange.member.MonthCount;
import org.healthequity.exchange.member.Network;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The working groups' SQL for the dashboards (ADR 0029): activity per month, grouped in PostgreSQL. */
@Component
class GroupFigureRows {

    private final NamedParameterJdbcTemplate jdbc;

    GroupFigureRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Series POSTS, DOCUMENTS (documents added) and ACTIVE_MEMBERS (people who posted), by month (UTC). */
    List<MonthCount> activity(YearMonth from, YearMonth to, @Nullable Network network) {
        return jdbc.query("""
                select to_char(date_trunc('month', p.created_at at time zone 'UTC'), 'YYYY-MM') as month,
                    'POSTS' as series, count(*) as n
                from work_group_post p join work_group g on g.id = p.group_id
                where p.deleted_at is null and p.created_at >= :from and p.created_at < :to
                    and (cast(:network as varchar) is null or g.network = :network)
                group by 1
                union all
                select to_char(date_trunc('month', p.created_at at time zone 'UTC'), 'YYYY-MM'), 'ACTIVE_MEMBERS',
                    count(distinct p.author_id)
                from work_group_post p join work_group g on g.id = p.group_id
                where p.deleted_at is null and p.created_at >= :from and p.created_at < :to
                    and (cast(:network as varchar) is null or g.network = :network)
                group by 1
                union all
                select to_char(date_trunc('month', d.created_at at time zone 'UTC'), 'YYYY-MM'), 'DOCUMENTS', count(*)
                from work_group_document d join work_group g on g.id = d.group_id
                where d.deleted_at is null and d.created_at >= :from and d.created_at < :to
                    and (cast(:network as varchar) is null or g.network = :network)
                group by 1
                order by 1, 2
                """, new MapSqlParameterSource("from", start(from)).addValue("to", start(to.plusMonths(1)))
                .addValue("network", network == null ? null : network.name()),
                (rs, i) -> new MonthCount(YearMonth.parse(rs.getString(1)), rs.getString(2), rs.getLong(3)));
    }

    private static Timestamp start(YearMonth month) {
        return Timestamp.from(month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
