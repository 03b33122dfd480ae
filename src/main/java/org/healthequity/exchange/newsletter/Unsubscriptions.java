package org.healthequity.exchange.newsletter;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.NewsletterAudiences;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
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

    private final UnsubscribeTokens tokens;
    private final NewsletterAudiences audiences;
    private final AuditLog audit;

    Unsubscriptions(UnsubscribeTokens tokens, NewsletterAudiences audiences, AuditLog audit) {
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
            audit.recordIndependently("anonymous", "newsletter.unsubscribe", "newsletter", null,
                    AuditOutcome.DENIED, "invalid link");
            throw new Refused("newsletter.unsubscribe.invalid");
        }
        audiences.unsubscribe(holder.accountId(), holder.network());
        return holder.network();
    }
}
