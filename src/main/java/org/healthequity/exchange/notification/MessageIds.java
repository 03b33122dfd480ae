package org.healthequity.exchange.notification;

import java.util.Locale;
import java.util.UUID;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Message-IDs given to outgoing mail when it is queued: unique, on the right of the "@" the domain of the portal's
 * sender address (as RFC 5322 advises), and stored with the message so that every attempt to send it uses the same one.
 */
final class MessageIds {

    static final int MAX = 250;
    private static final String FALLBACK_DOMAIN = "outbox.invalid";

    private MessageIds() {
    }

    /** A new Message-ID, angle brackets included, for mail sent from {@code mailFrom}. */
    static String next(String mailFrom) {
        return "<" + UUID.randomUUID() + "@" + domainOf(mailFrom) + ">";
    }

    static String domainOf(String mailFrom) {
        try {
            String address = new InternetAddress(mailFrom, true).getAddress();
            int at = address == null ? -1 : address.lastIndexOf('@');
            if (at > 0 && at < address.length() - 1) {
                String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
                if (domain.matches("[a-z0-9.-]{1,200}")) {
                    return domain;
                }
            }
        } catch (AddressException e) {
            // a malformed sender is refused by the SMTP server anyway; the Message-ID still has to be valid
        }
        return FALLBACK_DOMAIN;
    }
}
