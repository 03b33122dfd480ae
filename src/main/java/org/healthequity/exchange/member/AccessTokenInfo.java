package org.healthequity.exchange.member;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A personal access token as its owner sees it in the list: never its secret, which is not kept. */
public record AccessTokenInfo(long id, String name, Instant createdAt, Instant expiresAt, @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
