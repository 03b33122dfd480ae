package org.healthequity.exchange.support;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

/** Reads what the portal queued for an address, the way the recipient would read the mail. */
public final class Outbox {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    private Outbox() {
    }

    public static List<String> templatesFor(JdbcTemplate jdbc, String recipient) {
        return jdbc.queryForList("select template from outgoing_mail where lower(recipient) = lower(?) order by id",
                String.class, recipient);
    }

    public static String latestBody(JdbcTemplate jdbc, String recipient) {
        return jdbc.queryForObject("""
                select text_body from outgoing_mail where lower(recipient) = lower(?) order by id desc limit 1
                """, String.class, recipient);
    }

    public static String latestToken(JdbcTemplate jdbc, String recipient) {
        Matcher matcher = TOKEN.matcher(latestBody(jdbc, recipient));
        if (!matcher.find()) {
            throw new AssertionError("No link with a token in the latest mail to " + recipient);
        }
        return matcher.group(1);
    }
}
