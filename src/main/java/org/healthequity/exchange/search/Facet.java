package org.healthequity.exchange.search;

import java.util.Locale;

/** The facet dimensions of the index. SDG is two levels: goal, then target. */
public enum Facet {
    TYPE, COUNTRY, REGION, YEAR, THEME, DIMENSION, SDG, LANGUAGE, NETWORK;

    /** The name used in addresses ({@code /search?country=BR}) and in the index. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }
}
