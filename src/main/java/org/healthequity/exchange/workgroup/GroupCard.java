package org.healthequity.exchange.workgroup;

import org.healthequity.exchange.member.Network;
import org.jspecify.annotations.Nullable;

/** A group in a list, with the viewer's role in it (none when not a member). */
public record GroupCard(long id, String slug, String name, String purposeExcerpt, Network network,
        GroupVisibility visibility, JoinPolicy joinPolicy, GroupStatus status, @Nullable GroupRole myRole) {
}
