package org.healthequity.exchange.workgroup;

import java.time.Instant;

/** A member of a group with their role there. */
public record MemberRow(long accountId, String name, GroupRole role, Instant joinedAt) {
}
