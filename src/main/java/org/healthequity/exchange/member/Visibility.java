package org.healthequity.exchange.member;

import java.util.Locale;

import org.healthequity.exchange.search.SearchDocument;

/** Who may see a field of a profile. Ordered from widest to narrowest. */
public enum Visibility {
    /** Anyone, visitors included. */
    PUBLIC,
    /** Signed-in members of the networks. */
    MEMBERS,
    /** The secretariat (and administrators) only. */
    SECRETARIAT;

    /** Whether a viewer who may see {@code level} may see a field with this visibility. */
    public boolean visibleAt(Visibility level) {
        return ordinal() <= level.ordinal();
    }

    /**
     * The search token of viewers who see at least this level ({@link NetworkViewerTokens}): a viewer holds the token
     * of their level and of every wider one, so a profile's variant for a level is found by its token and hidden by the
     * next narrower level's ({@link ProfileSearchSource}).
     */
    String searchToken() {
        return this == PUBLIC ? SearchDocument.PUBLIC : "directory:" + name().toLowerCase(Locale.ROOT);
    }
}
