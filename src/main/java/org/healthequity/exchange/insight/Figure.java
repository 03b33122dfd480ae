package org.healthequity.exchange.insight;

import java.util.List;

/**
 * One chart's data, already in the viewer's language: a row per category (a month, a region, a stage) and a value per
 * column. The chart draws the first {@code charted} columns; the table and the CSV show them all.
 *
 * @param id the chart's name in download file names ("members-joined")
 * @param description the chart's text alternative: what it shows and its main figures in words
 */
public record Figure(String id, String title, String description, Kind kind, String categoryHeader,
        List<String> columns, int charted, boolean percent, List<Row> rows) {

    public enum Kind {
        /** Values over the months of the period. */
        LINE,
        /** Values by category (region, theme, stage). */
        BAR
    }

    public record Row(String label, List<Double> values) {
    }

    public boolean empty() {
        return rows.stream().allMatch(r -> r.values().stream().allMatch(v -> v == 0));
    }
}
