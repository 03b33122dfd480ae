package org.healthequity.exchange.shared.text;

import org.jspecify.annotations.Nullable;

/**
 * Makes text that came from outside (a typed username, an address, a file name) safe to write into a log or the audit
 * log: line breaks and other control characters become visible escapes, so nobody can end a log line and forge the
 * next one.
 */
public final class LogText {

    private LogText() {
    }

    /** The text with every control character (CR, LF, NEL, the Unicode line and paragraph separators...) escaped. */
    public static String neutralise(@Nullable String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape != null && safe == null) {
                safe = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (safe != null) {
                safe.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return safe == null ? text : safe.toString();
    }

    private static @Nullable String escape(char c) {
        return switch (c) {
            case '\r' -> "\\r";
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    ? String.format("\\u%04x", (int) c) : null;
        };
    }
}
