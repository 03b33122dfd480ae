package org.healthequity.exchange.moderation;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.notification.MailOutbox;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.springframework.stereotype.Component;

/**
 * The mail a decision sends, in the recipient's language, queued in the decision's transaction: to the author, or for
 * a dismissed flag to the member who raised it. A closed account gets nothing.
 */
@Component
class DecisionMail {

    private final MemberContacts contacts;
    private final MailOutbox mail;
    private final ExchangeProperties properties;

    DecisionMail(MemberContacts contacts, MailOutbox mail, ExchangeProperties properties) {
        this.contacts = contacts;
        this.mail = mail;
        this.properties = properties;
    }

    void decided(ModerationItem item, ModeratedContent handler, Decision decision, String text) {
        Long recipient = decision == Decision.DISMISS ? item.raisedBy() : item.authorId();
        if (recipient == null) {
            return;
        }
        contacts.contact(recipient).ifPresent(contact -> {
            String link = properties.link(decision == Decision.APPROVE || decision == Decision.DISMISS
                    ? handler.publicLink(item.contentId())
                    : handler.reviewLink(item.contentId(), item.revisionId()));
            switch (decision) {
                case APPROVE -> mail.queue(contact.email(), contact.language(),
                        handler.approvalTemplate(item.contentId()),
                        contact.displayName(), item.title(), link);
                case RETURN -> mail.queue(contact.email(), contact.language(), "moderation-returned",
                        contact.displayName(), item.title(), text, link);
                case REJECT -> mail.queue(contact.email(), contact.language(), "moderation-rejected",
                        contact.displayName(), item.title(), text, link);
                case RETRACT -> mail.queue(contact.email(), contact.language(), "moderation-retracted",
                        contact.displayName(), item.title(), text, link);
                case DISMISS -> mail.queue(contact.email(), contact.language(), "moderation-flag-dismissed",
                        contact.displayName(), item.title(), link);
            }
        });
    }
}
