package org.healthequity.exchange.member;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.Role;
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

    private final AccountRows roles;
    private final AuditLog audit;
    private final GroupLeads leads;

    GroupLeadRoles(AccountRows roles, AuditLog audit, GroupLeads leads) {
        this.roles = roles;
        this.audit = audit;
        this.leads = leads;
    }

    /** Both the workgroup module's appointments and ends of leadership arrive here, as {@link GroupLeadership}. */
    @ApplicationModuleListener
    void on(GroupLeadership event) {
        align(event.accountId(), event.groupId());
    }

    private void align(long accountId, long groupId) {
        if (leads.leadsAnActiveGroup(accountId)) {
            if (roles.grantIfActive(accountId, Role.GROUP_LEAD)) {
                audit.recordAs("system", "account.role.group-lead", "account", accountId, AuditOutcome.SUCCESS,
                        "work_group " + groupId);
            }
        } else {
            if (roles.revoke(accountId, Role.GROUP_LEAD)) {
                audit.recordAs("system", "account.role.group-lead-revoked", "account", accountId,
                        AuditOutcome.SUCCESS, "work_group " + groupId);
            }
        }
    }
}
