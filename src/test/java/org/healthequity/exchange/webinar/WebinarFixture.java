package org.healthequity.exchange.webinar;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** People and forms for the webinar tests: each test makes its own, with unique addresses. */
public final class WebinarFixture {

    private final JdbcTemplate jdbc;

    public WebinarFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An active member with a time zone and country, in the given networks ("HIM", "GKNHE"); returns the address. */
    public String member(@Nullable String zone, @Nullable String country, String... networks) {
        String email = "webinar-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        Long id = jdbc.queryForObject("""
                insert into account (email, display_name, password_hash, status, preferred_language, time_zone,
                    created_at, confirmed_at) values (?, ?, '{noop}unused', 'ACTIVE', 'en', ?, now(), now())
                returning id""", Long.class, email, "Person " + email.substring(8, 16), zone);
        jdbc.update("insert into account_role (account_id, role) values (?, 'MEMBER')", id);
        if (country != null) {
            jdbc.update("insert into profile (account_id, country, updated_at) values (?, ?, now())", id, country);
        }
        for (String network : networks) {
            jdbc.update("insert into network_membership (account_id, network, role, joined_at)"
                    + " values (?, ?, 'MEMBER', now())", id, network);
        }
        return email;
    }

    public long accountId(String email) {
        return jdbc.queryForObject("select id from account where lower(email) = lower(?)", Long.class, email);
    }

    /** A public webinar of an hour in the zone, open to all, in English. */
    public static WebinarForm form(String title, LocalDateTime start, ZoneId zone) {
        return new WebinarForm(title, "About **equity**.", List.of(new AgendaItem(start.toLocalTime(), "Welcome")),
                List.of(new Speaker(null, "Guest Speaker")), start, start.plusHours(1), zone,
                "https://meet.example.org/" + UUID.randomUUID(), Set.of(Language.ENGLISH), Set.of(), Audience.PUBLIC,
                null, null, "", null, 0);
    }

    public static WebinarForm withCapacity(WebinarForm form, @Nullable Integer capacity) {
        return form.withCapacity(capacity);
    }

    public static WebinarForm withTimes(WebinarForm form, LocalDateTime start, LocalDateTime end) {
        return form.withTimes(start, end);
    }

    public static WebinarForm withAudience(WebinarForm form, Audience audience) {
        return form.withAudience(audience);
    }

    public static WebinarForm repeating(WebinarForm form, Frequency frequency, int occurrences) {
        return form.withRepeat(frequency, occurrences);
    }

    public static WebinarForm withDeadline(WebinarForm form, @Nullable LocalDateTime deadline) {
        return form.withRegistrationDeadline(deadline);
    }
}
