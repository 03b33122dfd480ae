package org.healthequity.exchange.notification;

import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A message written for many (a newsletter) rather than from a template: its subject, its plain text and its HTML,
 * which the sending module made safe (rendered from sanitized Markdown), and the address that unsubscribes the
 * recipient, sent as {@code List-Unsubscribe} with RFC 8058's one-click {@code List-Unsubscribe-Post}. The outbox adds
 * the portal's frame and footer, as to every message; a message whose key was queued before is not queued again.
 */
@NamedInterface("api")
public record ListMail(String recipient, Language language, String template, String subject, String text,
        String safeHtml, String unsubscribeUrl, @Nullable String dedupKey) {

    static final int UNSUBSCRIBE_MAX = 1000;

    public ListMail {
        if (!unsubscribeUrl.startsWith("https://") && !unsubscribeUrl.startsWith("http://")
                || unsubscribeUrl.length() > UNSUBSCRIBE_MAX
                || unsubscribeUrl.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == ',')) {
            throw new IllegalArgumentException("Not an unsubscribe address");
        }
        if (dedupKey != null && (dedupKey.isBlank() || dedupKey.length() > MailRequest.DEDUP_KEY_MAX)) {
            throw new IllegalArgumentException("Not a valid de-duplication key");
        }
    }
}
