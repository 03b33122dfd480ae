package org.healthequity.exchange.workgroup;

import org.healthequity.exchange.member.GroupLeadership;

/**
 * A person stopped leading one working group: made an ordinary member, removed, left, or the group was archived. They
 * may still lead another; the member module asks before it takes the portal role GROUP_LEAD back (through
 * {@link GroupLeadership}).
 */
public record GroupLeadershipEnded(long accountId, long groupId) implements GroupLeadership {
}
