package org.healthequity.exchange.notification;

import org.healthequity.exchange.shared.security.ClientAddress;
import org.healthequity.exchange.shared.security.EmailAddresses;
import org.healthequity.exchange.shared.security.RateLimiter;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Limits the mail a person can make the portal send to an address they name (registration, password reset,
 * invitations), per address and per client network address, so that nobody can bomb a mailbox through the portal.
 * Callers answer the same whether the limit was hit or not, so the limit reveals nothing about accounts.
 */
@Component
@NamedInterface("api")
public class MailThrottle {

    private final RateLimiter limiter;
    private final MailSettings settings;

    MailThrottle(RateLimiter limiter, MailSettings settings) {
        this.limiter = limiter;
        this.settings = settings;
    }

    /**
     * Takes one permit for a mail of this kind to this address, and one for the caller's network address; false when
     * either is used up within the window.
     *
     * @param kind what the mail is for (one budget per kind and address), e.g. "password-reset"
     */
    public boolean allows(String kind, String address) {
        String client = ClientAddress.current();
        // Outside a request (scheduled jobs, the demo seed) there is no outside caller to hold to a budget.
        if (!ClientAddress.UNKNOWN.equals(client)
                && !limiter.tryAcquire("mail-client:" + client, settings.perClient(), settings.window())) {
            return false;
        }
        return limiter.tryAcquire("mail-address:" + kind + ":" + EmailAddresses.normalise(address),
                settings.perAddress(), settings.window());
    }
}
