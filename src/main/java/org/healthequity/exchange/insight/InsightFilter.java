package org.healthequity.exchange.insight;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.Network;
import org.jspecify.annotations.Nullable;

/**
 * What a dashboard shows: a period of whole months, and optionally one network and one WHO region. Read from and
 * written to the address ({@code ?from=2025-01&to=2026-12&network=gkn&region=EMR}) so a view can be bookmarked;
 * anything unreadable there falls back to the default, the last {@value #DEFAULT_MONTHS} months of both networks.
 */
public record InsightFilter(YearMonth from, YearMonth to, @Nullable Network network, @Nullable String region) {

    public static final int DEFAULT_MONTHS = 24;
    /** The longest period shown, so a typed address cannot ask for centuries of empty months. */
    public static final int MAX_MONTHS = 120;

    public InsightFilter {
        if (to.isBefore(from)) {
            YearMonth first = to;
            to = from;
            from = first;
        }
        if (from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
            from = to.minusMonths(MAX_MONTHS - 1);
        }
    }

    /** The last {@value #DEFAULT_MONTHS} months up to {@code now}, both networks, every region. */
    public static InsightFilter defaults(YearMonth now) {
        return new InsightFilter(now.minusMonths(DEFAULT_MONTHS - 1), now, null, null);
    }

    /** From the address's parameters; each unreadable one takes its default. */
    public static InsightFilter of(Map<String, List<String>> parameters, YearMonth now) {
        InsightFilter defaults = defaults(now);
        return new InsightFilter(month(first(parameters, "from"), defaults.from()),
                month(first(parameters, "to"), defaults.to()), network(first(parameters, "network")),
                region(first(parameters, "region")));
    }

    /** The address's parameters for this filter; the ones left at "all" are left out. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("from", from.toString());
        parameters.put("to", to.toString());
        if (network != null) {
            parameters.put("network", network == Network.GKNHE ? "gkn" : "him");
        }
        if (region != null) {
            parameters.put("region", region);
        }
        return parameters;
    }

    /** The months of the period, oldest first. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    private static @Nullable String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static YearMonth month(@Nullable String value, YearMonth fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            YearMonth month = YearMonth.parse(value.strip());
            return month.getYear() < 2000 || month.getYear() > 2200 ? fallback : month;
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private static @Nullable Network network(@Nullable String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "gkn", "gknhe" -> Network.GKNHE;
            case "him" -> Network.HIM;
            default -> null;
        };
    }

    private static @Nullable String region(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        return Countries.REGIONS.contains(code) ? code : null;
    }
}
