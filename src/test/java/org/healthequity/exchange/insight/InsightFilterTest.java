package org.healthequity.exchange.insight;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.healthequity.exchange.member.Network;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InsightFilterTest {

    private static final YearMonth NOW = YearMonth.of(2026, 12);

    @Test
    void readsTheFiltersFromTheAddress() {
        InsightFilter filter = InsightFilter.of(Map.of("from", List.of("2025-01"), "to", List.of("2026-06"),
                "network", List.of("gkn"), "region", List.of("emr")), NOW);
        assertThat(filter).isEqualTo(new InsightFilter(YearMonth.of(2025, 1), YearMonth.of(2026, 6), Network.GKNHE,
                "EMR"));
        assertThat(filter.parameters()).containsExactly(Map.entry("from", "2025-01"), Map.entry("to", "2026-06"),
                Map.entry("network", "gkn"), Map.entry("region", "EMR"));
        assertThat(filter.months()).hasSize(18);
    }

    @Test
    void fallsBackToTheLastTwoYearsOfBothNetworksForWhatItCannotRead() {
        InsightFilter filter = InsightFilter.of(Map.of("from", List.of("last year"), "network", List.of("xyz"),
                "region", List.of("<script>")), NOW);
        assertThat(filter).isEqualTo(new InsightFilter(YearMonth.of(2025, 1), NOW, null, null));
        assertThat(filter.parameters()).containsOnlyKeys("from", "to");
    }

    @Test
    void putsAReversedPeriodRightAndKeepsItToTenYears() {
        assertThat(new InsightFilter(YearMonth.of(2026, 5), YearMonth.of(2025, 5), null, null).from())
                .isEqualTo(YearMonth.of(2025, 5));
        assertThat(InsightFilter.of(Map.of("from", List.of("2000-01")), NOW).months())
                .hasSize(InsightFilter.MAX_MONTHS);
    }
}
