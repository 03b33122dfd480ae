package org.healthequity.exchange.member;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A personal access token as its owner sees it in the list: never its secret, which is not kept.
 *
 * @param expired whether its lifetime had run out when it was read
 * @param scopes what it may read through the API
 */
public record AccessTokenInfo(long id, String name, Instant createdAt, Instant expiresAt, @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt, boolean expired, Set<TokenScope> scopes) {

    public AccessTokenInfo {
        scopes = Set.copyOf(scopes);
    }
}
