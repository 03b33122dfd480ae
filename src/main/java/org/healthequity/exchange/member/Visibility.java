package org.healthequity.exchange.member;

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
}
