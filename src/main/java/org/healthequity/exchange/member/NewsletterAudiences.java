package org.healthequity.exchange.member;

import java.util.List;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.StaffOnly;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;

/**
 * Who receives a network's newsletters: a consent of each membership (on unless the person turned it off, ADR 0027),
 * and the audience a filter finds among the subscribed members. The secretariat sees how many people an audience
 * holds, never who; the list itself is only for the job that queues the mail.
 */
@Service
@NamedInterface("api")
public class NewsletterAudiences {

    /** Where, in which language and under which of their networks to send a newsletter to a person. Never for display. */
    public record Recipient(long accountId, String email, Language language, Network network) {
    }

    /** A network the signed-in person belongs to and whether they receive its newsletters. */
    public record Subscription(Network network, boolean subscribed) {
    }

    private final AudienceRows rows;
    private final AuditLog audit;

    NewsletterAudiences(AudienceRows rows, AuditLog audit) {
        this.rows = rows;
        this.audit = audit;
    }

    /** How many people the audience holds now: a count only, for the secretariat composing a newsletter. */
    @StaffOnly
    @Transactional(readOnly = true)
    public long count(AudienceFilter filter) {
        return rows.count(filter);
    }

    /**
     * The next people of the audience after an account id, in account order, for the job that queues a newsletter
     * page by page (and resumes after the last one queued). Never for display.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public List<Recipient> recipients(AudienceFilter filter, long afterAccountId, int limit) {
        return rows.page(filter, afterAccountId, limit);
    }

    /** The networks the signed-in person belongs to, each with whether its newsletters reach them. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Subscription> mySubscriptions() {
        return rows.subscriptions(CurrentUser.require().accountId());
    }

    /** The signed-in person turns one network's newsletters on or off (nothing happens outside their networks). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void setMySubscription(Network network, boolean subscribed) {
        long me = CurrentUser.require().accountId();
        if (rows.setSubscribed(me, network, subscribed)) {
            audit.record("newsletter.subscription", "account", me, AuditOutcome.SUCCESS, network + " " + subscribed);
        }
    }

    /**
     * Turns one network's newsletters off for a person without a session: the caller has verified the signed link
     * from a newsletter that names this person and network (RFC 8058 one-click). Returns false when the person is not
     * (or no longer) a member of that network.
     */
    @PermitAll
    @Transactional
    public boolean unsubscribe(long accountId, Network network) {
        boolean changed = rows.setSubscribed(accountId, network, false);
        if (changed) {
            audit.recordAs("account:" + accountId, "newsletter.unsubscribe", "account", accountId,
                    AuditOutcome.SUCCESS, network.name());
        }
        return changed;
    }
}
