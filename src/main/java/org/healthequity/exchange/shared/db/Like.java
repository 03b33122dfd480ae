package org.healthequity.exchange.shared.db;

import java.util.Locale;

/** Turns what a person typed into a case-insensitive SQL LIKE pattern, its wildcards taken literally. */
public final class Like {

    private Like() {
    }

    /** "50%_off" → "%50\%\_off%" (lower-cased); blank input matches everything. */
    public static String contains(String typed) {
        String escaped = typed.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
