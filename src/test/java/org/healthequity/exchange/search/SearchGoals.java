package org.healthequity.exchange.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The search benchmark's goals (issue: one search for the whole exchange), each with its figure and whether it is met,
 * and for a goal missed the measured figures that say why: one {@code GOAL} line each, printed before the
 * {@code SEARCH} line.
 *
 * @param pgP95 NaN when PostgreSQL was left out
 * @param rebuildPerSecond 0 when the rebuild was not measured
 */
record SearchGoals(long docs, double appP50, double appP95, double appCpuP95, double luceneP50, double luceneP95,
        double luceneCpuP95, double pgP95, double rebuildPerSecond, double visibleP95) {

    /** The page's p95 goal: 25 ms at 100,000 items, 80 ms at a million. */
    double pageTarget() {
        return docs >= 1_000_000 ? 80 : 25;
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(goal("page_p95_ms", "<=" + (long) pageTarget(), "%.1f", appP95, appP95 <= pageTarget(),
                String.format(Locale.ROOT, "the searching threads' CPU p95 is %.1f ms of the %.1f ms: the rest is "
                        + "waiting for the machine", appCpuP95, appP95)));
        double ratio = appP95 / luceneP95;
        lines.add(goal("app_vs_lucene", "<=1.5", "%.2f", ratio, ratio <= 1.5, String.format(Locale.ROOT,
                "at p50 the portal's page takes %.2fx the bare page, the work the bare page leaves out (six languages, "
                        + "concepts, visibility, translations folded, snippets in each hit's language, the spelling "
                        + "correction); at p95 the bare page's tail is %.1fx its p50 and the portal's %.1fx; in the "
                        + "searching threads' CPU time, which leaves out the machine's waits, %.2fx at p95",
                appP50 / luceneP50, luceneP95 / luceneP50, appP95 / appP50, appCpuP95 / luceneCpuP95)));
        lines.add(Double.isNaN(pgP95) ? "GOAL pg_vs_app target=>=50 figure=n/a met=not-measured"
                : goal("pg_vs_app", ">=50", "%.1f", pgP95 / appP95, pgP95 / appP95 >= 50, ""));
        lines.add(rebuildPerSecond <= 0 ? "GOAL rebuild_docs_per_s target=>=500 figure=n/a met=not-measured"
                : goal("rebuild_docs_per_s", ">=500", "%.0f", rebuildPerSecond, rebuildPerSecond >= 500, ""));
        lines.add(goal("visible_p95_ms", "<=1000", "%.1f", visibleP95, visibleP95 <= 1000, ""));
        return lines;
    }

    private static String goal(String name, String target, String format, double figure, boolean met, String why) {
        String line = String.format(Locale.ROOT, "GOAL %s target=%s figure=" + format + " met=%s", name, target,
                figure, met ? "yes" : "no");
        return met || why.isEmpty() ? line : line + " why=" + why;
    }
}
