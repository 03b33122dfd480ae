package org.healthequity.exchange.casestudy;

import java.util.List;

import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.ui.DashboardContribution;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** An author's dashboard: case studies returned with comments (a task) and their latest publications (news). */
@Component
class CaseStudyTasks implements DashboardContribution {

    private final NamedParameterJdbcTemplate jdbc;

    CaseStudyTasks(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Item> tasks(ExchangeUser viewer) {
        return jdbc.query("select c.id, w.title, w.decided_at from case_study c"
                + " join case_study_author a on a.case_study_id = c.id and a.account_id = :me"
                + " join case_study_revision w on w.id = c.working_revision_id where w.status = 'RETURNED'"
                + " order by w.decided_at desc limit 10", new MapSqlParameterSource("me", viewer.accountId()),
                (rs, i) -> new Item("case-study.task.returned", List.of(rs.getString("title")),
                        "case-studies/" + rs.getLong("id") + "/edit", rs.getTimestamp("decided_at").toInstant()));
    }

    @Override
    public List<Item> news(ExchangeUser viewer) {
        return jdbc.query("select c.id, p.title, c.published_at from case_study c"
                + " join case_study_author a on a.case_study_id = c.id and a.account_id = :me"
                + " join case_study_revision p on p.id = c.published_revision_id where c.status = 'PUBLISHED'"
                + " order by c.published_at desc limit 5", new MapSqlParameterSource("me", viewer.accountId()),
                (rs, i) -> new Item("case-study.news.published", List.of(rs.getString("title")),
                        "case-studies/" + rs.getLong("id"), rs.getTimestamp("published_at").toInstant()));
    }
}
