package org.healthequity.exchange.member;

import java.util.Set;

import org.healthequity.exchange.shared.security.ExchangeUser;

/**
 * The member a presented personal access token stands for, which token it was (for limits per token) and what it
 * may read.
 */
public record TokenHolder(long tokenId, ExchangeUser user, Set<TokenScope> scopes) {

    public TokenHolder {
        scopes = Set.copyOf(scopes);
    }
}
