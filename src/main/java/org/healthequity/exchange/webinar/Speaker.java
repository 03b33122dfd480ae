package org.healthequity.exchange.webinar;

import org.jspecify.annotations.Nullable;

/** A speaker: a member of the portal (with their account) or a guest known by name only. */
public record Speaker(@Nullable Long accountId, String name) {

    public boolean member() {
        return accountId != null;
    }
}
