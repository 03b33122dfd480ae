package org.healthequity.exchange.webinar;

import org.jspecify.annotations.Nullable;

/** A person with a place, as the organiser sees them when recording attendance. */
public record Attendee(long registrationId, long accountId, String name, @Nullable Boolean attended) {
}
