package org.healthequity.exchange.member;

import org.healthequity.exchange.shared.security.ExchangeUser;

/** The member a presented personal access token stands for, and which token it was (for limits per token). */
public record TokenHolder(long tokenId, ExchangeUser user) {
}
