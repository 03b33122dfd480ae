package org.healthequity.exchange.webinar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.ui.DashboardContribution;
import org.healthequity.exchange.workgroup.GroupDirectory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's dashboard: their webinars of the coming week (news), and for organisers the webinars of the last month
 * whose attendance is still to be recorded (a task).
 */
@Component
class WebinarTasks implements DashboardContribution {

    private final NamedParameterJdbcTemplate jdbc;
    private final GroupDirectory groups;
    private final Clock clock;

    WebinarTasks(NamedParameterJdbcTemplate jdbc, GroupDirectory groups, Clock clock) {
        this.jdbc = jdbc;
        this.groups = groups;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> tasks(ExchangeUser viewer) {
        if (!Viewers.organises(viewer)) {
            return List.of();
        }
        return jdbc.query("""
                select w.id, w.title, w.ends_at from webinar w
                where w.status = 'SCHEDULED' and w.ends_at <= :now and w.ends_at > :since
                  and exists (select 1 from webinar_registration r where r.webinar_id = w.id
                              and r.status = 'REGISTERED' and r.attended is null)
                order by w.ends_at desc limit 10""", window(Duration.ofDays(30)),
                (rs, i) -> new Item("webinar.task.attendance", List.of(rs.getString("title")),
                        "webinars/" + rs.getLong("id") + "/attendance", rs.getTimestamp("ends_at").toInstant()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> news(ExchangeUser viewer) {
        MapSqlParameterSource params = window(Duration.ofDays(7)).addValue("me", viewer.accountId())
                .addValue("until", Timestamp.from(clock.instant().plus(Duration.ofDays(7))));
        List<Item> items = new ArrayList<>();
        jdbc.query("""
                select w.id, w.title, w.starts_at, w.group_id from webinar w
                join webinar_registration r on r.webinar_id = w.id
                where r.account_id = :me and r.status = 'REGISTERED' and w.status = 'SCHEDULED'
                  and w.starts_at > :now and w.starts_at <= :until
                order by w.starts_at limit 5""", params, rs -> {
                    Long group = (Long) rs.getObject("group_id");
                    // A group's meeting is news only while the person is still in the group.
                    if (group == null || groups.isMember(group, viewer.accountId())) {
                        items.add(new Item("webinar.news.upcoming", List.of(rs.getString("title")),
                                "webinars/" + rs.getLong("id"), rs.getTimestamp("starts_at").toInstant()));
                    }
                });
        return items;
    }

    private MapSqlParameterSource window(Duration back) {
        return new MapSqlParameterSource("now", Timestamp.from(clock.instant()))
                .addValue("since", Timestamp.from(clock.instant().minus(back)));
    }
}
