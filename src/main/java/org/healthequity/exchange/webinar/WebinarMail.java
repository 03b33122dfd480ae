package org.healthequity.exchange.webinar;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.notification.MailAttachment;
import org.healthequity.exchange.notification.MailOutbox;
import org.healthequity.exchange.notification.MailRequest;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import net.fortuna.ical4j.model.property.Method;

/**
 * The mail a webinar sends its people, through the outbox in the caller's transaction. Each message shows the time in
 * the recipient's zone and in the organiser's; confirmations and updates carry an iCalendar REQUEST, cancellations a
 * CANCEL, so the recipient's calendar follows every change.
 *
 * <p>Template arguments: {0} title, {1} start in the recipient's zone, {2} start in the organiser's zone, {3} the
 * webinar's page, {4} the joining link (only in mail to people with a place).
 */
@Component
class WebinarMail {

    static final String REGISTERED = "webinar.registered";
    static final String WAITLISTED = "webinar.waitlisted";
    static final String PROMOTED = "webinar.promoted";
    static final String UNREGISTERED = "webinar.unregistered";
    static final String UPDATED = "webinar.updated";
    static final String CANCELLED = "webinar.cancelled";
    static final String REMINDER_DAY = "webinar.reminder-day";
    static final String REMINDER_HOUR = "webinar.reminder-hour";

    private final MailOutbox outbox;
    private final MemberContacts contacts;
    private final ExchangeProperties properties;
    private final Clock clock;

    WebinarMail(MailOutbox outbox, MemberContacts contacts, ExchangeProperties properties, Clock clock) {
        this.outbox = outbox;
        this.contacts = contacts;
        this.properties = properties;
        this.clock = clock;
    }

    void registered(Webinar webinar, long accountId) {
        send(webinar, List.of(accountId), REGISTERED, Method.VALUE_REQUEST);
    }

    void waitlisted(Webinar webinar, long accountId) {
        send(webinar, List.of(accountId), WAITLISTED, null);
    }

    void promoted(Webinar webinar, long accountId) {
        send(webinar, List.of(accountId), PROMOTED, Method.VALUE_REQUEST);
    }

    void unregistered(Webinar webinar, long accountId) {
        send(webinar, List.of(accountId), UNREGISTERED, Method.VALUE_CANCEL);
    }

    void updated(Webinar webinar, Collection<Long> accountIds) {
        send(webinar, accountIds, UPDATED, Method.VALUE_REQUEST);
    }

    void cancelled(Webinar webinar, Collection<Long> accountIds) {
        send(webinar, accountIds, CANCELLED, Method.VALUE_CANCEL);
    }

    /** A reminder, queued at most once for this registration and this start time (the key says so). */
    boolean reminder(CalendarEntry entry, long webinarId, long accountId, String template, String dedupKey) {
        MemberContacts.Recipient recipient = contacts.recipients(List.of(accountId)).get(accountId);
        if (recipient == null) {
            return false;
        }
        return outbox.queue(new MailRequest(recipient.email(), recipient.language(), template,
                arguments(entry, webinarId, recipient, true), null, dedupKey)).isPresent();
    }

    String pageUrl(long webinarId) {
        return properties.link("webinars/" + webinarId);
    }

    private void send(Webinar webinar, Collection<Long> accountIds, String template, @Nullable String method) {
        if (accountIds.isEmpty()) {
            return;
        }
        CalendarEntry entry = CalendarEntry.of(webinar, pageUrl(webinar.id()));
        Map<Long, MemberContacts.Recipient> recipients = contacts.recipients(accountIds);
        Instant now = clock.instant();
        for (MemberContacts.Recipient recipient : recipients.values()) {
            MailAttachment invitation = method == null ? null
                    : MailAttachment.calendar(method.equals(Method.VALUE_CANCEL) ? "cancel.ics" : "invite.ics", method,
                            ICalendars.invitation(entry, method, organiserAddress(), recipient.email(),
                                    recipient.displayName(), now));
            boolean withLink = !Method.VALUE_CANCEL.equals(method) && method != null;
            outbox.queue(new MailRequest(recipient.email(), recipient.language(), template,
                    arguments(entry, webinar.id(), recipient, withLink), invitation, null));
        }
    }

    private List<Object> arguments(CalendarEntry entry, long webinarId, MemberContacts.Recipient recipient,
            boolean withLink) {
        ZoneId zone = recipient.zone() != null ? recipient.zone() : entry.zone();
        // No region is stored for a person: mail writes times the way the recipient's language most commonly does.
        Locale locale = recipient.language().formattingLocale(null);
        return List.of(entry.title(), ViewerTime.format(entry.start(), zone, locale),
                ViewerTime.format(entry.start(), entry.zone(), locale), pageUrl(webinarId),
                withLink ? entry.joinUrl() : "");
    }

    /** The address invitations name as their organiser: the portal's sender address. */
    String organiserAddress() {
        try {
            return new InternetAddress(properties.mailFrom()).getAddress();
        } catch (AddressException e) {
            return "no-reply@healthequity.example.org";
        }
    }
}
