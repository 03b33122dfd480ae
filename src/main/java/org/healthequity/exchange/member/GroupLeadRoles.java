package org.healthequity.exchange.member;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.events.GroupLeadAppointed;
import org.healthequity.exchange.shared.events.GroupLeadershipEnded;
import org.healthequity.exchange.shared.security.Role;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the portal role GROUP_LEAD in step with leading an active working group: granted when someone is appointed
 * (idempotent; it takes effect at their next sign-in), taken back once they lead no active group any more. Each event
 * only says whom to look at; the answer comes from the groups as they are when the event is handled, so a late event
 * never undoes a newer appointment. Rights inside a group come from the group's own membership, never from this role.
 */
@Component
class GroupLeadRoles {

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditLog audit;
    private final GroupLeads leads;

    GroupLeadRoles(NamedParameterJdbcTemplate jdbc, AuditLog audit, GroupLeads leads) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.leads = leads;
    }

    @ApplicationModuleListener
    void on(GroupLeadAppointed event) {
        align(event.accountId(), event.groupId());
    }

    @ApplicationModuleListener
    void on(GroupLeadershipEnded event) {
        align(event.accountId(), event.groupId());
    }

    private void align(long accountId, long groupId) {
        MapSqlParameterSource p = new MapSqlParameterSource("account", accountId)
                .addValue("role", Role.GROUP_LEAD.name());
        if (leads.leadsAnActiveGroup(accountId)) {
            int granted = jdbc.update("""
                    insert into account_role (account_id, role)
                    select id, :role from account where id = :account and status = 'ACTIVE'
                    on conflict do nothing""", p);
            if (granted > 0) {
                audit.recordAs("system", "account.role.group-lead", "account", accountId, AuditOutcome.SUCCESS,
                        "work_group " + groupId);
            }
        } else {
            int revoked = jdbc.update("delete from account_role where account_id = :account and role = :role", p);
            if (revoked > 0) {
                audit.recordAs("system", "account.role.group-lead-revoked", "account", accountId,
                        AuditOutcome.SUCCESS, "work_group " + groupId);
            }
        }
    }
}
