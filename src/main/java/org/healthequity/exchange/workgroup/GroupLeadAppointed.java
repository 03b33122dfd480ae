package org.healthequity.exchange.workgroup;

import org.healthequity.exchange.member.GroupLeadership;

/**
 * A person became a lead of an active working group (the group opened with them as a lead, or a lead promoted them).
 * The member module grants the portal role GROUP_LEAD through {@link GroupLeadership}.
 */
public record GroupLeadAppointed(long accountId, long groupId) implements GroupLeadership {
}
