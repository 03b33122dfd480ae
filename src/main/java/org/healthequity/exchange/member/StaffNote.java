package org.healthequity.exchange.member;

import java.time.Instant;

/** A note of the secretariat about a person. */
public record StaffNote(long id, String author, String text, Instant createdAt) {
}
