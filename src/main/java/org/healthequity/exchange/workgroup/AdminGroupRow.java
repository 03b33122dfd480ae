package org.healthequity.exchange.workgroup;

import java.time.Instant;
import java.util.List;

import org.healthequity.exchange.member.Network;

/** A group in the secretariat's list, proposals included, with who proposed it and who leads it. */
public record AdminGroupRow(long id, String slug, String name, Network network, GroupStatus status,
        GroupVisibility visibility, JoinPolicy joinPolicy, String proposedBy, List<String> leads, Instant createdAt) {
}
