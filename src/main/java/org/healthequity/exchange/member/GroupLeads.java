package org.healthequity.exchange.member;

import org.springframework.modulith.NamedInterface;

/**
 * Whether a person leads an active working group now. The workgroup module answers it; the member module asks when a
 * leadership begins or ends, so the portal role GROUP_LEAD follows the groups whatever order the events arrive in.
 */
@NamedInterface("api")
public interface GroupLeads {

    boolean leadsAnActiveGroup(long accountId);
}
