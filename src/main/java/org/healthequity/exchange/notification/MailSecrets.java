package org.healthequity.exchange.notification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the secrets that links in mail carry (confirmation, reset, invitation and import tokens, calendar feed
 * addresses, passcodes in meeting links), so that neither the outbox log nor a backup of it can open an account. The
 * migration V56 applies the named rules in SQL to mail sent before this existed.
 */
final class MailSecrets {

    static final String MASK = "••••";

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");
    private static final Pattern NAMED = Pattern.compile(
            "([?&;](?:token|invitation|secret|key|code|pwd|passcode)=)[^&\\s<>\"#]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern CALENDAR_FEED = Pattern.compile("(/calendar/)[A-Za-z0-9_-]+(\\.ics)");
    /** A random secret in a path or query: long, URL-safe Base64, mixed case (a slug or a number never is). */
    private static final Pattern OPAQUE = Pattern.compile(
            "(?<![A-Za-z0-9_-])(?=[A-Za-z0-9_-]*[A-Z])(?=[A-Za-z0-9_-]*[a-z])[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_-])");

    private MailSecrets() {
    }

    /** The text with every secret in its links replaced by {@value #MASK}; the rest stays readable. */
    static String mask(String text) {
        Matcher links = URL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (links.find()) {
            links.appendReplacement(out, Matcher.quoteReplacement(maskLink(links.group())));
        }
        links.appendTail(out);
        return out.toString();
    }

    private static String maskLink(String link) {
        String masked = NAMED.matcher(link).replaceAll("$1" + MASK);
        masked = CALENDAR_FEED.matcher(masked).replaceAll("$1" + MASK + "$2");
        int pathStart = masked.indexOf('/', masked.indexOf("://") + 3);
        if (pathStart < 0) {
            return masked;
        }
        return masked.substring(0, pathStart) + OPAQUE.matcher(masked.substring(pathStart)).replaceAll(MASK);
    }
}
