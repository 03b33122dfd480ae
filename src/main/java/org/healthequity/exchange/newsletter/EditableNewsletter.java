package org.healthequity.exchange.newsletter;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A newsletter loaded for editing, with the version a save must match. */
public record EditableNewsletter(long id, NewsletterForm form, NewsletterStatus status, @Nullable Instant scheduledAt,
        @Nullable Instant sentAt, int recipients, long version) {

    /** Only a draft is edited; a scheduled one is taken back to a draft first. */
    public boolean editable() {
        return status == NewsletterStatus.DRAFT;
    }
}
