package org.healthequity.exchange.consultation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.healthequity.exchange.search.ViewerTokens;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The search tokens of consultations for invited people: {@code consultation:<id>} for each one the viewer was invited
 * to, and for every published one to the secretariat (networks and groups have tokens of their own modules).
 */
@Component
class ConsultationViewerTokens implements ViewerTokens {

    private final NamedParameterJdbcTemplate jdbc;

    ConsultationViewerTokens(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static String token(long consultationId) {
        return "consultation:" + consultationId;
    }

    @Override
    public Set<String> tokens(ExchangeUser viewer) {
        List<Long> ids = viewer.isStaff()
                ? jdbc.queryForList("select id from consultation where status = 'PUBLISHED'",
                        new MapSqlParameterSource(), Long.class)
                : jdbc.queryForList("""
                        select i.consultation_id from consultation_invitee i
                        join consultation c on c.id = i.consultation_id
                        where i.account_id = :me and c.status = 'PUBLISHED'""",
                        new MapSqlParameterSource("me", viewer.accountId()), Long.class);
        Set<String> tokens = new HashSet<>();
        ids.forEach(id -> tokens.add(token(id)));
        return tokens;
    }
}
