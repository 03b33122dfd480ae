package org.healthequity.exchange.workgroup;

import java.util.List;

import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.ui.DashboardContribution;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Working groups on a person's dashboard: join requests waiting for a lead, and the latest discussions of the active
 * groups the person belongs to (never of any other group).
 */
@Component
class GroupTasks implements DashboardContribution {

    private final NamedParameterJdbcTemplate jdbc;

    GroupTasks(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Item> tasks(ExchangeUser viewer) {
        return jdbc.query("""
                select g.slug, g.name, count(*) as waiting, max(r.created_at) as latest
                from work_group_join_request r join work_group g on g.id = r.group_id and g.status = 'ACTIVE'
                join work_group_member m on m.group_id = g.id and m.account_id = :me and m.role = 'LEAD'
                where r.status = 'PENDING' group by g.slug, g.name order by g.name""",
                new MapSqlParameterSource("me", viewer.accountId()),
                (rs, i) -> new Item("workgroup.dashboard.requests", List.of(rs.getString("name"),
                        rs.getLong("waiting")), "groups/" + rs.getString("slug"),
                        rs.getTimestamp("latest").toInstant()));
    }

    @Override
    public List<Item> news(ExchangeUser viewer) {
        return jdbc.query("""
                select t.id, t.title, t.last_post_at, g.slug, g.name from work_group_thread t
                join work_group g on g.id = t.group_id and g.status = 'ACTIVE'
                join work_group_member m on m.group_id = g.id and m.account_id = :me
                where t.deleted_at is null order by t.last_post_at desc limit 5""",
                new MapSqlParameterSource("me", viewer.accountId()),
                (rs, i) -> new Item("workgroup.dashboard.thread", List.of(rs.getString("title"), rs.getString("name")),
                        "groups/" + rs.getString("slug") + "?thread=" + rs.getLong("id"),
                        rs.getTimestamp("last_post_at").toInstant()));
    }
}
