package org.healthequity.exchange.webinar;

import org.healthequity.exchange.shared.security.Hashes;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;

/**
 * A person's calendar feed ({@code /calendar/<secret>.ics}) of the webinars they have a place at, for subscription in
 * Outlook, Google Calendar or Thunderbird. The address is the only key (256 random bits), so it is treated like a
 * personal access token: only its hash is stored, the address is shown once (when created or renewed), it is voided
 * when the person's password changes or their account is suspended, and a feed answers only while the account is
 * active, with only the webinars the person may still see.
 */
@Service
public class CalendarFeeds {

    static final String PATH = "calendar/";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Duration HISTORY = Duration.ofDays(90);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebinarQueries queries;
    private final ExchangeProperties properties;
    private final WebinarMail mail;
    private final MemberContacts contacts;
    private final Viewers viewers;
    private final AuditLog audit;
    private final Clock clock;

    CalendarFeeds(WebinarQueries queries, ExchangeProperties properties, WebinarMail mail,
            MemberContacts contacts, Viewers viewers, AuditLog audit, Clock clock) {
        this.queries = queries;
        this.properties = properties;
        this.mail = mail;
        this.contacts = contacts;
        this.viewers = viewers;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates the signed-in person's feed when they have none and returns its address, which is shown this once; empty
     * when they have a feed already (its address can no longer be shown: renewing it gives a new one).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Optional<String> createIfAbsent() {
        long me = CurrentUser.require().accountId();
        String secret = newSecret();
        if (!queries.createFeedIfAbsent(me, hash(secret), clock.instant())) {
            return Optional.empty();
        }
        audit.record("webinar.feed.create", "account", me, AuditOutcome.SUCCESS, null);
        return Optional.of(url(secret));
    }

    /** A new address for the signed-in person's feed, shown this once; the old one stops working. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String regenerate() {
        long me = CurrentUser.require().accountId();
        String secret = newSecret();
        queries.replaceFeed(me, hash(secret), clock.instant());
        audit.record("webinar.feed.renew", "account", me, AuditOutcome.SUCCESS, null);
        return url(secret);
    }

    /** The feed behind a secret, or empty when no active account's feed has it (never which part was wrong). */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (!TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<Long> owners = queries.feedOwner(hash(token));
        if (owners.isEmpty()) {
            return Optional.empty();
        }
        long owner = owners.get();
        Optional<MemberContacts.Standing> standing = contacts.standing(owner);
        if (standing.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<CalendarEntry> entries = new ArrayList<>();
        for (WebinarQueries.FeedRow row : queries.feedRows(owner, now.minus(HISTORY))) {
            // A place taken once is shown only while the person still belongs to the webinar's audience.
            if (viewers.stillInAudience(owner, standing.get(), row.audience(), row.groupId())) {
                entries.add(new CalendarEntry(row.uid(), row.sequence(), row.title(), row.description(), row.start(),
                        row.end(), row.zone(), row.joinUrl(), mail.pageUrl(row.webinarId()), row.cancelled(),
                        row.updatedAt()));
            }
        }
        return Optional.of(ICalendars.feed(entries, "Health Equity Exchange", now));
    }

    /** Voids a person's feed address (their next visit to their webinars creates a new one). */
    void voidFeed(long accountId, String reason) {
        if (queries.deleteFeed(accountId)) {
            audit.recordAs("system", "webinar.feed.void", "account", accountId, AuditOutcome.SUCCESS, reason);
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        return Hashes.sha256Hex(secret);
    }

    private String url(String secret) {
        return properties.link(PATH + secret + ".ics");
    }
}
