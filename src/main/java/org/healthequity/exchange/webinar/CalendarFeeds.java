package org.healthequity.exchange.webinar;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.workgroup.GroupDirectory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;

/**
 * A person's calendar feed ({@code /calendar/<secret>.ics}) of the webinars they have a place at, for subscription in
 * Outlook, Google Calendar or Thunderbird. The address is the only key (256 random bits); regenerating it makes the old
 * address answer "not found" at once.
 */
@Service
public class CalendarFeeds {

    static final String PATH = "calendar/";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Duration HISTORY = Duration.ofDays(90);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final NamedParameterJdbcTemplate jdbc;
    private final ExchangeProperties properties;
    private final WebinarMail mail;
    private final GroupDirectory groups;
    private final Clock clock;

    CalendarFeeds(NamedParameterJdbcTemplate jdbc, ExchangeProperties properties, WebinarMail mail,
            GroupDirectory groups, Clock clock) {
        this.groups = groups;
        this.jdbc = jdbc;
        this.properties = properties;
        this.mail = mail;
        this.clock = clock;
    }

    /** The signed-in person's feed address, created on first use. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String myFeedUrl() {
        long me = CurrentUser.require().accountId();
        List<String> tokens = jdbc.queryForList("select token from calendar_feed where account_id = :me",
                new MapSqlParameterSource("me", me), String.class);
        return url(tokens.isEmpty() ? store(me) : tokens.getFirst());
    }

    /** A new address for the signed-in person's feed; the old one stops working. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String regenerate() {
        return url(store(CurrentUser.require().accountId()));
    }

    /** The feed behind a secret, or empty when no feed has it (never which part was wrong). */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (!TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        List<Long> owners = jdbc.queryForList("select account_id from calendar_feed where token = :token",
                new MapSqlParameterSource("token", token), Long.class);
        if (owners.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        long owner = owners.getFirst();
        List<CalendarEntry> entries = new java.util.ArrayList<>();
        jdbc.query("""
                select w.id, w.uid, w.sequence, w.title, w.description, w.starts_at, w.ends_at, w.zone, w.join_url,
                       w.status, w.updated_at, w.group_id
                from webinar w join webinar_registration r on r.webinar_id = w.id
                where r.account_id = :me and r.status = 'REGISTERED' and w.ends_at > :since
                order by w.starts_at limit 500""", new MapSqlParameterSource("me", owner)
                        .addValue("since", Timestamp.from(now.minus(HISTORY))), rs -> {
                    Long group = (Long) rs.getObject("group_id");
                    // A group's meeting stays in the feed only while the person is a member of the group.
                    if (group != null && !groups.isMember(group, owner)) {
                        return;
                    }
                    entries.add(new CalendarEntry(rs.getString("uid"), rs.getInt("sequence"), rs.getString("title"),
                        rs.getString("description"), rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant(), ZoneId.of(rs.getString("zone")),
                        rs.getString("join_url"), mail.pageUrl(rs.getLong("id")),
                        "CANCELLED".equals(rs.getString("status")), rs.getTimestamp("updated_at").toInstant()));
                });
        return Optional.of(ICalendars.feed(entries, "Health Equity Exchange", now));
    }

    private String store(long accountId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update("""
                insert into calendar_feed (account_id, token, created_at) values (:me, :token, :now)
                on conflict (account_id) do update set token = excluded.token, created_at = excluded.created_at""",
                new MapSqlParameterSource("me", accountId).addValue("token", token)
                        .addValue("now", Timestamp.from(clock.instant())));
        return token;
    }

    private String url(String token) {
        return properties.link(PATH + token + ".ics");
    }
}
