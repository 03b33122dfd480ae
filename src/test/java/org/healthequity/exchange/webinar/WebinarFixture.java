package org.healthequity.exchange.webinar;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.People;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;

/** People and forms for the webinar tests: each test makes its own, with unique addresses. */
@TestComponent
public class WebinarFixture {

    private final People people;

    WebinarFixture(People people) {
        this.people = people;
    }

    /** An active member with a time zone and country, in the given networks ("HIM", "GKNHE"); returns the address. */
    public String member(@Nullable String zone, @Nullable String country, String... networks) {
        String email = people.member("Person " + UUID.randomUUID().toString().substring(0, 8),
                Arrays.stream(networks).map(Network::valueOf).toArray(Network[]::new));
        people.inTimeZone(email, zone == null ? null : ZoneId.of(zone));
        if (country != null) {
            people.withProfile(email, form -> People.inCountry(form, country));
        }
        return email;
    }

    public long accountId(String email) {
        return people.id(email);
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
