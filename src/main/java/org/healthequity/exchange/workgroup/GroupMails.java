package org.healthequity.exchange.workgroup;

import java.util.Collection;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.member.MemberContacts.Recipient;
import org.healthequity.exchange.notification.MailOutbox;
import org.healthequity.exchange.notification.MailThrottle;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.text.RichText;
import org.springframework.stereotype.Component;

/**
 * The module's mail, queued in the caller's transaction: invitations, mentions and new posts. Recipients are looked up
 * among current members only, so nobody who left (or whose account is closed) hears of the group's content.
 */
@Component
class GroupMails {

    private final MailOutbox outbox;
    private final MailThrottle throttle;
    private final MemberContacts contacts;
    private final ExchangeProperties properties;

    GroupMails(MailOutbox outbox, MailThrottle throttle, MemberContacts contacts, ExchangeProperties properties) {
        this.outbox = outbox;
        this.throttle = throttle;
        this.contacts = contacts;
        this.properties = properties;
    }

    /** Beyond the mail limit of the address nothing is sent, and the inviter sees the same (the link goes unused). */
    void invitation(String email, Language language, String inviter, WorkingGroup group, String secret) {
        if (!throttle.allows("workgroup-invitation", email)) {
            return;
        }
        outbox.queue(email, language, "workgroup-invitation", inviter, group.name(),
                properties.link("groups/" + group.slug() + "?invitation=" + secret));
    }

    void mentioned(Collection<Long> accountIds, String author, WorkingGroup group, DiscussionThread thread,
            String body) {
        for (Recipient contact : contacts.recipients(accountIds).values()) {
            outbox.queue(contact.email(), contact.language(), "workgroup-mention", author, group.name(),
                    thread.title(), RichText.excerpt(body, 500), threadLink(group, thread));
        }
    }

    void posted(Collection<Long> accountIds, String author, WorkingGroup group, DiscussionThread thread, String body) {
        for (Recipient contact : contacts.recipients(accountIds).values()) {
            outbox.queue(contact.email(), contact.language(), "workgroup-post", author, group.name(),
                    thread.title(), RichText.excerpt(body, 500), threadLink(group, thread));
        }
    }

    String threadLink(WorkingGroup group, DiscussionThread thread) {
        return properties.link("groups/" + group.slug() + "?thread=" + thread.id());
    }

    String groupsLink() {
        return properties.link("groups");
    }
}
