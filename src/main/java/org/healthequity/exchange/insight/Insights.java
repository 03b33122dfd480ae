package org.healthequity.exchange.insight;

import java.time.Instant;
import java.util.List;

/**
 * What the dashboard page shows for one filter and language: the Member State map and the charts, as they were at
 * {@code asOf} (the page keeps them for {@link Dashboard#KEPT}, and says so).
 */
public record Insights(MemberStateFigure map, List<Chart> charts, Instant asOf) {
}
