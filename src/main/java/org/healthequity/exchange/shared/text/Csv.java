package org.healthequity.exchange.shared.text;

import org.jspecify.annotations.Nullable;

/** CSV cells for spreadsheets: quoted, and a leading formula character defused so a cell is never run as a formula. */
public final class Csv {

    private Csv() {
    }

    public static String cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        String text = String.valueOf(value);
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
