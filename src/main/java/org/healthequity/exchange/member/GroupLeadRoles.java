package org.healthequity.exchange.member;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.events.GroupLeadAppointed;
import org.healthequity.exchange.shared.security.Role;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Grants the portal role GROUP_LEAD to a person appointed lead of a working group (idempotent; it takes effect at
 * their next sign-in). Rights inside a group come from the group's own membership, never from this role; the role
 * is not taken back automatically when someone stops leading (the secretariat may change roles on /admin/members).
 */
@Component
class GroupLeadRoles {

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditLog audit;

    GroupLeadRoles(NamedParameterJdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(GroupLeadAppointed event) {
        int granted = jdbc.update("""
                insert into account_role (account_id, role)
                select id, :role from account where id = :account and status = 'ACTIVE'
                on conflict do nothing""", new MapSqlParameterSource("account", event.accountId())
                .addValue("role", Role.GROUP_LEAD.name()));
        if (granted > 0) {
            audit.recordAs("system", "account.role.group-lead", "account", event.accountId(), AuditOutcome.SUCCESS,
                    "work_group " + event.groupId());
        }
    }
}
