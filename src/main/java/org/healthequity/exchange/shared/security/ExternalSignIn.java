package org.healthequity.exchange.shared.security;

/**
 * Turns an identity vouched for by an external provider into the same principal a password sign-in produces. The
 * member module implements it; the protocol side (OIDC today) calls it after the provider's answer was verified.
 */
public interface ExternalSignIn {

    /**
     * Signs in through the stored link of this identity, else links it to the account of its address when the provider
     * verified that address (else creates an account when {@code createUnknown}).
     *
     * @return the principal, with the account's roles and the identity's session roles
     * @throws UnknownExternalIdentityException when no account may be used
     * @throws org.springframework.security.authentication.DisabledException for an unconfirmed or deleted account
     * @throws org.springframework.security.authentication.LockedException for a suspended account
     */
    ExchangeUser signIn(ExternalIdentity identity, boolean createUnknown);
}
