package org.healthequity.exchange.casestudy;

import java.time.Clock;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.notification.MailOutbox;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.springframework.stereotype.Component;

/**
 * When a translation goes live, the request for its language (if any) is fulfilled and everyone waiting for it is
 * mailed in their language (ADR 0032). Runs in the publication's transaction.
 */
@Component
class TranslationFulfilment {

    private final TranslationRequestRepository requests;
    private final TranslationRows rows;
    private final MemberContacts contacts;
    private final MailOutbox mail;
    private final ExchangeProperties properties;
    private final Clock clock;

    TranslationFulfilment(TranslationRequestRepository requests, TranslationRows rows, MemberContacts contacts,
            MailOutbox mail, ExchangeProperties properties, Clock clock) {
        this.requests = requests;
        this.rows = rows;
        this.contacts = contacts;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    void published(CaseStudy caseStudy, String title) {
        Long root = caseStudy.translationOf();
        if (root == null) {
            return;
        }
        requests.findUnpublished(root, caseStudy.language()).ifPresent(request -> {
            request.published(caseStudy.id(), clock.instant());
            String link = properties.link("case-studies/" + caseStudy.id());
            contacts.recipients(rows.watchers(request.id())).values().forEach(r -> mail.queue(r.email(),
                    r.language(), "translation-published", r.displayName(), title, link));
        });
    }
}
