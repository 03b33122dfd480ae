package org.healthequity.exchange.moderation;

import java.util.Locale;

/** What a moderator decides: the first three for content under review, the last two for a flag. */
public enum Decision {
    APPROVE, RETURN, REJECT, DISMISS, RETRACT;

    /** Whether the decision needs a comment or reason that is sent to the author. */
    public boolean needsComment() {
        return this == RETURN || this == REJECT || this == RETRACT;
    }

    public boolean appliesTo(ItemKind kind) {
        return kind == ItemKind.REVIEW ? this == APPROVE || this == RETURN || this == REJECT
                : this == DISMISS || this == RETRACT;
    }

    public String messageKey() {
        return "moderation.decision." + name().toLowerCase(Locale.ROOT);
    }
}
