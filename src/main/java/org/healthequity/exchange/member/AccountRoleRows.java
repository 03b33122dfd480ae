package org.healthequity.exchange.member;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.healthequity.exchange.shared.security.Role;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * SQL on the portal roles of accounts (ADR 0015) for the checks and listeners that change roles without loading the
 * account: whether someone holds ADMIN, the active administrators (locked), granting and taking back a role.
 */
@Component
class AccountRoleRows {

    private static final String ACTIVE_ADMINISTRATORS = """
            select a.id from account a
            where a.status = 'ACTIVE' and exists (select 1 from account_role r where r.account_id = a.id
                and r.role = 'ADMIN')
            order by a.id""";

    private final NamedParameterJdbcTemplate jdbc;

    AccountRoleRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean holdsAdmin(long accountId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from account_role where account_id = :id and role = 'ADMIN')",
                new MapSqlParameterSource("id", accountId), Boolean.class));
    }

    /**
     * The active administrators, their account rows locked until the transaction ends. Read again once the locks
     * are held: under READ COMMITTED this statement sees what a transaction that held them before committed (a role
     * removed, an account suspended), which the locking statement may not.
     */
    Set<Long> lockActiveAdministrators() {
        jdbc.queryForList(ACTIVE_ADMINISTRATORS + " for update of a", new MapSqlParameterSource(), Long.class);
        List<Long> now = jdbc.queryForList(ACTIVE_ADMINISTRATORS, new MapSqlParameterSource(), Long.class);
        return new HashSet<>(now);
    }

    /** Gives an active account the role; whether it did not have it. */
    boolean grantIfActive(long accountId, Role role) {
        return jdbc.update("""
                insert into account_role (account_id, role)
                select id, :role from account where id = :account and status = 'ACTIVE'
                on conflict do nothing""", new MapSqlParameterSource("account", accountId)
                .addValue("role", role.name())) > 0;
    }

    /** Takes the role from the account; whether it had it. */
    boolean revoke(long accountId, Role role) {
        return jdbc.update("delete from account_role where account_id = :account and role = :role",
                new MapSqlParameterSource("account", accountId).addValue("role", role.name())) > 0;
    }
}
