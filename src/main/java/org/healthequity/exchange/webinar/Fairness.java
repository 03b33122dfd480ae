package org.healthequity.exchange.webinar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How fair a slot is to people around the world. A zone is "at night" when any part of the slot falls between 22:00
 * and 07:00 there. Suggestions are the same day's half-hour starts that put the fewest members, then the fewest
 * regional zones, at night, nearest to the chosen start first.
 */
final class Fairness {

    static final LocalTime NIGHT_FROM = LocalTime.of(22, 0);
    static final LocalTime NIGHT_UNTIL = LocalTime.of(7, 0);
    private static final int SUGGESTIONS = 3;

    /** The main zones of each WHO region, in the region order of {@code Countries.REGIONS}. */
    static final Map<String, List<ZoneId>> REGION_ZONES = regionZones();

    private Fairness() {
    }

    private static Map<String, List<ZoneId>> regionZones() {
        Map<String, List<ZoneId>> zones = new LinkedHashMap<>();
        zones.put("AFR", zones("Africa/Dakar", "Africa/Lagos", "Africa/Nairobi"));
        zones.put("AMR", zones("America/Los_Angeles", "America/New_York", "America/Sao_Paulo"));
        zones.put("SEAR", zones("Asia/Kolkata", "Asia/Dhaka", "Asia/Jakarta"));
        zones.put("EUR", zones("Europe/London", "Europe/Zurich", "Europe/Moscow"));
        zones.put("EMR", zones("Africa/Cairo", "Asia/Riyadh", "Asia/Karachi"));
        zones.put("WPR", zones("Asia/Manila", "Australia/Sydney", "Pacific/Fiji"));
        return Collections.unmodifiableMap(zones);
    }

    private static List<ZoneId> zones(String... ids) {
        return Arrays.stream(ids).map(ZoneId::of).toList();
    }

    /**
     * @param memberZones how many of the audience's members chose each zone
     * @param now suggestions never start before it
     */
    static FairnessReport report(Instant start, Instant end, ZoneId organiserZone, Map<ZoneId, Long> memberZones,
            Instant now) {
        List<FairnessReport.ZoneRow> rows = new ArrayList<>();
        Map<ZoneId, Long> remaining = new LinkedHashMap<>(memberZones);
        REGION_ZONES.forEach((region, zones) -> zones.forEach(zone -> rows.add(row(zone, region,
                remaining.getOrDefault(zone, 0L), start, end))));
        REGION_ZONES.values().forEach(zones -> zones.forEach(remaining::remove));
        remaining.entrySet().stream()
                .sorted(Map.Entry.<ZoneId, Long>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().getId()))
                .forEach(e -> rows.add(row(e.getKey(), null, e.getValue(), start, end)));
        long members = memberZones.values().stream().mapToLong(Long::longValue).sum();
        long membersAtNight = membersAtNight(start, end, memberZones);
        return new FairnessReport(rows, suggestions(start, end, organiserZone, memberZones, now), membersAtNight,
                members);
    }

    private static FairnessReport.ZoneRow row(ZoneId zone, String region, long members, Instant start, Instant end) {
        return new FairnessReport.ZoneRow(zone, region, members, LocalDateTime.ofInstant(start, zone),
                LocalDateTime.ofInstant(end, zone), atNight(start, end, zone));
    }

    /** Whether any quarter hour of the slot falls in the night of the zone. */
    static boolean atNight(Instant start, Instant end, ZoneId zone) {
        for (Instant t = start; t.isBefore(end); t = t.plus(Duration.ofMinutes(15))) {
            LocalTime local = LocalTime.ofInstant(t, zone);
            if (!local.isBefore(NIGHT_FROM) || local.isBefore(NIGHT_UNTIL)) {
                return true;
            }
        }
        return false;
    }

    private static long membersAtNight(Instant start, Instant end, Map<ZoneId, Long> memberZones) {
        return memberZones.entrySet().stream().filter(e -> atNight(start, end, e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private static int regionZonesAtNight(Instant start, Instant end) {
        return (int) REGION_ZONES.values().stream().flatMap(List::stream).filter(z -> atNight(start, end, z)).count();
    }

    private static List<FairnessReport.Suggestion> suggestions(Instant start, Instant end, ZoneId zone,
            Map<ZoneId, Long> memberZones, Instant now) {
        Duration length = Duration.between(start, end);
        LocalDateTime chosen = LocalDateTime.ofInstant(start, zone);
        int currentZones = regionZonesAtNight(start, end);
        long currentMembers = membersAtNight(start, end, memberZones);
        record Candidate(LocalDateTime local, Instant start, int zones, long members, long distance) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int half = 0; half < 48; half++) {
            LocalDateTime local = chosen.toLocalDate().atStartOfDay().plusMinutes(30L * half);
            Optional<Instant> at = LocalTimes.strict(local, zone);
            if (at.isEmpty() || at.get().isBefore(now) || local.equals(chosen)) {
                continue;
            }
            Instant candidateEnd = at.get().plus(length);
            candidates.add(new Candidate(local, at.get(), regionZonesAtNight(at.get(), candidateEnd),
                    membersAtNight(at.get(), candidateEnd, memberZones),
                    Math.abs(Duration.between(start, at.get()).toMinutes())));
        }
        return candidates.stream()
                .filter(c -> c.members < currentMembers || (c.members == currentMembers && c.zones < currentZones))
                .sorted(Comparator.comparingLong(Candidate::members).thenComparingInt(Candidate::zones)
                        .thenComparingLong(Candidate::distance))
                .limit(SUGGESTIONS)
                .map(c -> new FairnessReport.Suggestion(c.local, LocalDateTime.ofInstant(c.start.plus(length), zone),
                        c.zones, c.members))
                .toList();
    }
}
