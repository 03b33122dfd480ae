package org.healthequity.exchange.moderation;

import java.util.Locale;

/** Why an item is in the queue: content submitted for review, or published content a member flagged. */
public enum ItemKind {
    REVIEW, FLAG;

    public String messageKey() {
        return "moderation.kind." + name().toLowerCase(Locale.ROOT);
    }
}
