package org.healthequity.exchange.insight;

import java.util.List;

/**
 * The Member State map with its data: every Member State of the chosen region (all 194 without one) with its members,
 * whether the map can draw it (the smallest states are missing at 1:110m) and the legend's upper bounds.
 */
public record MemberStateFigure(String svg, List<Row> rows, long[] bounds) {

    public record Row(String iso2, String name, String region, long members, boolean drawn) {
    }

    public List<Row> gaps() {
        return rows.stream().filter(r -> r.members() == 0).toList();
    }
}
