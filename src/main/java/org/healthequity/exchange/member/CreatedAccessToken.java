package org.healthequity.exchange.member;

/** A token just created, with its secret: the only moment the secret exists outside the caller's hands. */
public record CreatedAccessToken(AccessTokenInfo token, String secret) {
}
