package org.healthequity.exchange.webinar;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.StaffOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Attendance of the webinars that have ended, by country and WHO region: counts only, for the secretariat. */
@Service
public class WebinarStatistics {

    private final WebinarQueries queries;
    private final MemberContacts contacts;
    private final Countries countries;
    private final Clock clock;

    WebinarStatistics(WebinarQueries queries, MemberContacts contacts, Countries countries, Clock clock) {
        this.queries = queries;
        this.contacts = contacts;
        this.countries = countries;
        this.clock = clock;
    }

    /**
     * @param unknown the name shown for people without a country in their profile
     */
    @StaffOnly
    @Transactional(readOnly = true)
    public AttendanceStatistics attendance(Language language, String unknown) {
        Instant now = clock.instant();
        long webinars = queries.pastWebinars(now);
        Map<Long, long[]> people = queries.attendanceByPerson(now);
        Map<Long, String> countryOf = contacts.countries(people.keySet());
        Map<String, CountryRef> refs = new HashMap<>();
        countries.all(language).forEach(c -> refs.put(c.iso2(), c));
        Map<String, long[]> byCountry = new HashMap<>();
        Map<String, long[]> byRegion = new HashMap<>();
        long registered = 0;
        long attended = 0;
        for (Map.Entry<Long, long[]> person : people.entrySet()) {
            String country = countryOf.getOrDefault(person.getKey(), "");
            CountryRef ref = refs.get(country);
            add(byCountry, ref == null ? "" : country, person.getValue());
            add(byRegion, ref == null ? "" : ref.region(), person.getValue());
            registered += person.getValue()[0];
            attended += person.getValue()[1];
        }
        List<AttendanceStatistics.Row> countryRows = new ArrayList<>();
        byCountry.forEach((code, counts) -> {
            CountryRef ref = refs.get(code);
            countryRows.add(new AttendanceStatistics.Row(ref == null ? null : code, ref == null ? unknown : ref.name(),
                    ref == null ? null : ref.region(), counts[0], counts[1]));
        });
        List<AttendanceStatistics.Row> regionRows = new ArrayList<>();
        byRegion.forEach((code, counts) -> regionRows.add(new AttendanceStatistics.Row(code.isEmpty() ? null : code,
                code.isEmpty() ? unknown : code, code.isEmpty() ? null : code, counts[0], counts[1])));
        Comparator<AttendanceStatistics.Row> order = Comparator.comparingLong(AttendanceStatistics.Row::attended)
                .reversed().thenComparing(AttendanceStatistics.Row::name);
        countryRows.sort(order);
        regionRows.sort(order);
        return new AttendanceStatistics(webinars, registered, attended, countryRows,
                regionRows);
    }

    private static void add(Map<String, long[]> totals, String key, long[] counts) {
        long[] total = totals.computeIfAbsent(key, k -> new long[2]);
        total[0] += counts[0];
        total[1] += counts[1];
    }
}
