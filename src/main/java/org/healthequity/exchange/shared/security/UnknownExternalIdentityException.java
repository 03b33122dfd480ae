package org.healthequity.exchange.shared.security;

import org.springframework.security.core.AuthenticationException;

/**
 * An external provider vouched for someone the portal does not admit: no account has their address, or the provider
 * did not say it verified the address (an unverified address links to nobody).
 */
public class UnknownExternalIdentityException extends AuthenticationException {

    private final boolean addressVerified;

    public UnknownExternalIdentityException(boolean addressVerified) {
        super(addressVerified ? "No account for this verified address" : "The provider did not verify the address");
        this.addressVerified = addressVerified;
    }

    public boolean addressVerified() {
        return addressVerified;
    }
}
