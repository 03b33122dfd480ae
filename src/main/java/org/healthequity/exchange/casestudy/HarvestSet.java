package org.healthequity.exchange.casestudy;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A set of case studies a harvester may ask for: by network, theme or WHO region. Without a value it is the parent set:
 * every case study (network), every one with a theme, every one with a region.
 */
public record HarvestSet(Kind kind, @Nullable String value) {

    public enum Kind {
        NETWORK, THEME, REGION;

        public String spec() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The set's name in OAI-PMH's {@code setSpec} syntax, e.g. {@code theme:HOUSING}. */
    public String spec() {
        return value == null ? kind.spec() : kind.spec() + ":" + value;
    }
}
