package org.healthequity.exchange.shared.text;

import org.jspecify.annotations.Nullable;

/** CSV cells for spreadsheets: quoted, and a leading formula character defused so a cell is never run as a formula. */
public final class Csv {

    /**
     * What makes a spreadsheet read a cell as a formula (or as the start of one): the ASCII signs, tab and line breaks,
     * and their full-width forms, which some spreadsheets fold to ASCII.
     */
    private static final String FORMULA_STARTS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";

    private Csv() {
    }

    public static String cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        String text = String.valueOf(value);
        // A number is written as one: it cannot carry a formula, and a negative one must stay a number.
        String safe = !(value instanceof Number) && formulaLike(text) ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    /** Whether a spreadsheet could take the text for a formula, also after the blanks it skips at the start. */
    public static boolean formulaLike(String text) {
        int i = 0;
        while (i < text.length() && Character.isSpaceChar(text.charAt(i))) {
            i++;
        }
        return i < text.length() && FORMULA_STARTS.indexOf(text.charAt(i)) >= 0;
    }
}
