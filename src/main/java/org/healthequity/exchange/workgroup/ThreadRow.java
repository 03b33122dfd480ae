package org.healthequity.exchange.workgroup;

import java.time.Instant;

/** A thread in a group's list of discussions, pinned announcements first. */
public record ThreadRow(long id, String title, String authorName, boolean pinned, Instant lastPostAt, long replies) {
}
