package org.healthequity.exchange.workgroup;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A post as the viewer reads it: sanitized HTML (empty once deleted) and what the viewer may do with it. */
public record PostView(long id, long authorId, String authorName, String html, String markdown, Instant createdAt,
        @Nullable Instant editedAt, boolean deleted, boolean canEdit, boolean canDelete, boolean canFlag,
        long version) {
}
