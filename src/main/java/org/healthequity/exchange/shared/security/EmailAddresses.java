package org.healthequity.exchange.shared.security;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normalisation of an e-mail address used wherever an address is looked up, stored or counted: Unicode
 * compatibility forms folded (NFKC), every kind of white space and invisible formatting character removed from both
 * ends, lower case. Sign-in lookup and the sign-in throttle must agree on it, or each spelling of an address would get
 * its own free attempts.
 */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    public static String normalise(String email) {
        String folded = Normalizer.normalize(email, Normalizer.Form.NFKC);
        int start = 0;
        int end = folded.length();
        while (start < end && ignorable(folded.codePointAt(start))) {
            start += Character.charCount(folded.codePointAt(start));
        }
        while (end > start && ignorable(folded.codePointBefore(end))) {
            end -= Character.charCount(folded.codePointBefore(end));
        }
        return folded.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static boolean ignorable(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT || Character.isISOControl(codePoint);
    }
}
