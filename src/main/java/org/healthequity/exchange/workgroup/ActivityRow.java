package org.healthequity.exchange.workgroup;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A line of a group's activity feed.
 *
 * @param messageKey the bundle key; its arguments are the actor's name and the subject
 */
public record ActivityRow(String messageKey, String actorName, String subject, @Nullable Long threadId,
        Instant at) {
}
