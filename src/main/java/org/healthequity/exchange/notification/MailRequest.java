package org.healthequity.exchange.notification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A message to queue with more than {@link MailOutbox#queue(String, Language, String, Object...)} offers: an optional
 * attachment and an optional de-duplication key (a message with a key already queued is not queued again, whatever
 * its status, so a reminder goes out once even across restarts).
 */
@NamedInterface("api")
public record MailRequest(String recipient, Language language, String template, List<Object> arguments,
        @Nullable MailAttachment attachment, @Nullable String dedupKey) {

    static final int DEDUP_KEY_MAX = 200;

    public MailRequest {
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
        if (dedupKey != null && (dedupKey.isBlank() || dedupKey.length() > DEDUP_KEY_MAX)) {
            throw new IllegalArgumentException("Not a valid de-duplication key");
        }
    }
}
