package org.healthequity.exchange.webinar;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.StaffOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The webinar figures for the secretariat's dashboards, by WHO region: places taken and attended, and the share of
 * sessions held at night there. A session is at night for a region when part of it falls between 22:00 and 07:00 in
 * the middle one of the region's three main zones (Lagos, New York, Dhaka, Zurich, Riyadh, Sydney), the zones the
 * fairness check uses.
 */
@Service
@NamedInterface("api")
public class WebinarFigures {

    private final WebinarFigureRows rows;
    private final MemberContacts contacts;
    private final Countries countries;

    WebinarFigures(WebinarFigureRows rows, MemberContacts contacts, Countries countries) {
        this.rows = rows;
        this.contacts = contacts;
        this.countries = countries;
    }

    /** One row per WHO region (in {@link Countries#REGIONS} order), then one with an empty code for the unknown. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<RegionAttendance> byRegion(YearMonth from, YearMonth to, @Nullable Network network,
            @Nullable String region) {
        Map<Long, long[]> people = rows.placesByPerson(from, to, network);
        Map<Long, String> countryOf = contacts.countries(people.keySet());
        Map<String, String> regionOf = new LinkedHashMap<>();
        countries.all(Language.ENGLISH).forEach(c -> regionOf.put(c.iso2(), c.region()));
        Map<String, long[]> places = new LinkedHashMap<>();
        people.forEach((person, counts) -> {
            long[] total = places.computeIfAbsent(regionOf.getOrDefault(countryOf.getOrDefault(person, ""), ""),
                    r -> new long[2]);
            total[0] += counts[0];
            total[1] += counts[1];
        });
        List<WebinarFigureRows.Slot> slots = rows.slots(from, to, network);
        List<RegionAttendance> result = new ArrayList<>();
        for (String code : Countries.REGIONS) {
            if (region == null || region.equals(code)) {
                ZoneId zone = Fairness.REGION_ZONES.get(code).get(1);
                long night = slots.stream().filter(s -> Fairness.atNight(s.start(), s.end(), zone)).count();
                long[] counts = places.getOrDefault(code, new long[2]);
                result.add(new RegionAttendance(code, counts[0], counts[1], slots.size(), night));
            }
        }
        if (region == null && places.containsKey("")) {
            long[] counts = places.get("");
            result.add(new RegionAttendance("", counts[0], counts[1], 0, 0));
        }
        return result;
    }
}
