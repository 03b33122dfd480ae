package org.healthequity.exchange.opencall;

import java.util.ArrayList;
import java.util.List;

import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.ui.DashboardContribution;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The open call on a person's dashboard: reviews waiting for a reviewer, an applicant's unsubmitted drafts of open
 * calls, submissions waiting for screening (secretariat); decisions on the applicant's applications as news.
 */
@Component
class CallTasks implements DashboardContribution {

    private final NamedParameterJdbcTemplate jdbc;
    private final java.time.Clock clock;

    CallTasks(NamedParameterJdbcTemplate jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Item> tasks(ExchangeUser viewer) {
        MapSqlParameterSource me = new MapSqlParameterSource("me", viewer.accountId())
                .addValue("now", java.sql.Timestamp.from(clock.instant()));
        List<Item> tasks = new ArrayList<>(jdbc.query("""
                select r.id, a.institution_name, c.title, r.assigned_at from call_review r
                join call_application a on a.id = r.application_id join open_call c on c.id = a.call_id
                where r.reviewer_id = :me and r.status = 'ASSIGNED' order by r.assigned_at limit 10""", me,
                (rs, i) -> new Item("opencall.dashboard.review", List.of(rs.getString("institution_name"),
                        rs.getString("title")), "reviews/" + rs.getLong("id"),
                        rs.getTimestamp("assigned_at").toInstant())));
        tasks.addAll(jdbc.query("""
                select c.id, c.title, c.closes_at from call_application a join open_call c on c.id = a.call_id
                where a.applicant_id = :me and a.status = 'DRAFT' and c.status = 'OPEN' and c.closes_at > :now
                order by c.closes_at limit 5""", me,
                (rs, i) -> new Item("opencall.dashboard.draft", List.of(rs.getString("title")),
                        "calls/" + rs.getLong("id") + "/apply", rs.getTimestamp("closes_at").toInstant())));
        if (viewer.hasRole(Role.SECRETARIAT) || viewer.hasRole(Role.ADMIN)) {
            tasks.addAll(jdbc.query("""
                    select c.id, c.title, count(*) as waiting, max(a.submitted_at) as latest
                    from call_application a join open_call c on c.id = a.call_id
                    where a.status = 'SUBMITTED' and a.screening is null group by c.id, c.title order by c.id""",
                    me, (rs, i) -> new Item("opencall.dashboard.screen", List.of(rs.getString("title"),
                            rs.getLong("waiting")), "admin/calls/" + rs.getLong("id") + "/applications",
                            rs.getTimestamp("latest").toInstant())));
        }
        return tasks;
    }

    @Override
    public List<Item> news(ExchangeUser viewer) {
        return jdbc.query("""
                select c.id, c.title, a.status, a.decided_at from call_application a
                join open_call c on c.id = a.call_id
                where a.applicant_id = :me and a.status in ('ACCEPTED', 'DECLINED', 'WAITLISTED')
                order by a.decided_at desc limit 5""", new MapSqlParameterSource("me", viewer.accountId()),
                (rs, i) -> new Item(switch (ApplicationStatus.valueOf(rs.getString("status"))) {
                    case ACCEPTED -> "opencall.dashboard.decided-accepted";
                    case WAITLISTED -> "opencall.dashboard.decided-waitlisted";
                    default -> "opencall.dashboard.decided-declined";
                }, List.of(rs.getString("title")), "my/applications", rs.getTimestamp("decided_at").toInstant()));
    }
}
