package org.healthequity.exchange.casestudy;

import java.util.List;
import java.util.stream.Collectors;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.notification.MailOutbox;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.springframework.stereotype.Component;

/**
 * The mail of national clearance (ADR 0032), each in its recipient's language with the country named in it, queued in
 * the transaction of the step that causes it: to the focal points when their clearance is asked for, to the authors
 * when a country asks for changes or the last one cleared, to the secretariat's mailbox when a clearance waits too long.
 */
@Component
class ClearanceMail {

    private final MemberContacts contacts;
    private final MailOutbox mail;
    private final Countries countries;
    private final CaseStudyRecords records;
    private final ExchangeProperties properties;
    private final ClearanceSettings settings;

    ClearanceMail(MemberContacts contacts, MailOutbox mail, Countries countries, CaseStudyRecords records,
            ExchangeProperties properties, ClearanceSettings settings) {
        this.contacts = contacts;
        this.mail = mail;
        this.countries = countries;
        this.records = records;
        this.properties = properties;
        this.settings = settings;
    }

    void requested(List<Long> focalPoints, String title, String country) {
        String link = properties.link("clearance");
        contacts.recipients(focalPoints).values().forEach(r -> mail.queue(r.email(), r.language(),
                "clearance-requested", r.displayName(), title, name(country, r.language()), link));
    }

    void changesRequested(long caseStudyId, String title, String country, String comment) {
        String link = properties.link("case-studies/" + caseStudyId + "/edit");
        contacts.recipients(records.authorIds(caseStudyId)).values().forEach(r -> mail.queue(r.email(), r.language(),
                "clearance-changes-requested", r.displayName(), title, name(country, r.language()), comment, link));
    }

    void published(long caseStudyId, String title, List<String> cleared) {
        String link = properties.link("case-studies/" + caseStudyId);
        contacts.recipients(records.authorIds(caseStudyId)).values().forEach(r -> mail.queue(r.email(), r.language(),
                "clearance-published", r.displayName(), title, cleared.stream()
                        .map(c -> name(c, r.language())).collect(Collectors.joining(", ")), link));
    }

    void overdue(String title, String country) {
        mail.queue(settings.secretariatAddress(), Language.ENGLISH, "clearance-overdue", title,
                name(country, Language.ENGLISH), settings.alertAfter().toDays(), properties.link("admin/clearance"));
    }

    private String name(String country, Language language) {
        return countries.find(country, language).map(CountryRef::name).orElse(country);
    }
}
