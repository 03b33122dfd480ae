package org.healthequity.exchange.workgroup;

import org.healthequity.exchange.member.GroupLeads;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the member module, which keeps the portal role GROUP_LEAD for people who lead an active group. */
@Component
class ActiveGroupLeads implements GroupLeads {

    private final GroupMemberRepository members;

    ActiveGroupLeads(GroupMemberRepository members) {
        this.members = members;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean leadsAnActiveGroup(long accountId) {
        return members.existsLeadOfGroupIn(accountId, GroupRole.LEAD, GroupStatus.ACTIVE);
    }
}
