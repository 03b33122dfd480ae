package org.healthequity.exchange.workgroup;

import java.time.Instant;

/** A pending request to join, for the group's leads. */
public record JoinRequestRow(long id, long accountId, String name, String message, Instant createdAt) {
}
