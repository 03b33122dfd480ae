package org.healthequity.exchange.newsletter;

import java.time.Duration;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.NewsletterAudiences;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.ClientAddress;
import org.healthequity.exchange.shared.security.RateLimiter;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;

/**
 * Unsubscribing by the signed link of a newsletter, without signing in: the link's page (a button, never on opening:
 * mail scanners follow links) and the RFC 8058 one-click POST that mail programs send. The signature is the
 * authority; a link that does not verify is refused and recorded.
 */
@Service
public class Unsubscriptions {

    /** Refused links recorded in the audit log per client address and hour; beyond, they are refused unrecorded. */
    static final int REFUSALS_RECORDED_PER_HOUR = 20;

    private final UnsubscribeTokens tokens;
    private final NewsletterAudiences audiences;
    private final AuditLog audit;
    private final RateLimiter rateLimiter;

    Unsubscriptions(UnsubscribeTokens tokens, NewsletterAudiences audiences, AuditLog audit, RateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
        this.tokens = tokens;
        this.audiences = audiences;
        this.audit = audit;
    }

    /** The network whose newsletters the link unsubscribes from; refused for a link that does not verify. */
    @PermitAll
    @Transactional(readOnly = true)
    public Network network(@Nullable String token) {
        return tokens.verify(token).orElseThrow(() -> new Refused("newsletter.unsubscribe.invalid")).network();
    }

    /**
     * Turns off the newsletters of the network the link names for the person it names. Doing it twice changes nothing.
     *
     * @throws Refused when the link does not verify (changed, cut, or made up)
     */
    @PermitAll
    @Transactional
    public Network unsubscribe(@Nullable String token) {
        UnsubscribeTokens.Holder holder = tokens.verify(token).orElse(null);
        if (holder == null) {
            // Recorded, but not without bound: anyone can post made-up links, and each would be a row of the log.
            if (rateLimiter.tryAcquire("newsletter-unsubscribe-refused:" + ClientAddress.current(),
                    REFUSALS_RECORDED_PER_HOUR, Duration.ofHours(1))) {
                audit.recordIndependently("anonymous", "newsletter.unsubscribe", "newsletter", null,
                        AuditOutcome.DENIED, "invalid link from " + ClientAddress.current());
            }
            throw new Refused("newsletter.unsubscribe.invalid");
        }
        audiences.unsubscribe(holder.accountId(), holder.network());
        return holder.network();
    }
}
