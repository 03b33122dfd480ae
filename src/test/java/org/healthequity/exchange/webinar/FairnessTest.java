package org.healthequity.exchange.webinar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FairnessTest {

    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    @Test
    void marksTheZonesWhereTheSlotFallsAtNight() {
        // 14:00-15:00 in Geneva in winter is 13:00 UTC: 02:00 in Fiji, 05:00 in Los Angeles, 18:30 in Kolkata.
        Instant start = Instant.parse("2027-01-20T13:00:00Z");
        FairnessReport report = Fairness.report(start, start.plusSeconds(3600), ZoneId.of("Europe/Zurich"),
                Map.of(), LONG_AGO);
        assertThat(night(report, "Pacific/Fiji")).isTrue();
        assertThat(night(report, "America/Los_Angeles")).isTrue();
        assertThat(night(report, "Asia/Kolkata")).isFalse();
        assertThat(night(report, "Europe/Zurich")).isFalse();
        assertThat(report.rows()).hasSize(18);
    }

    @Test
    void countsMembersAtNightAndSuggestsSlotsThatWakeFewerOfThem() {
        Instant start = Instant.parse("2027-01-20T13:00:00Z");
        Map<ZoneId, Long> members = Map.of(ZoneId.of("Pacific/Fiji"), 5L, ZoneId.of("Asia/Manila"), 2L,
                ZoneId.of("Europe/Zurich"), 3L, ZoneId.of("Pacific/Tongatapu"), 1L);
        FairnessReport report = Fairness.report(start, start.plusSeconds(3600), ZoneId.of("Europe/Zurich"), members,
                LONG_AGO);
        assertThat(report.members()).isEqualTo(11);
        assertThat(report.membersAtNight()).isEqualTo(6);
        assertThat(report.rows()).anySatisfy(row -> {
            assertThat(row.zone()).isEqualTo(ZoneId.of("Pacific/Tongatapu"));
            assertThat(row.region()).isNull();
            assertThat(row.members()).isEqualTo(1);
            assertThat(row.night()).isTrue();
        });
        assertThat(report.suggestions()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.membersAtNight()).isLessThan(report.membersAtNight()));
        assertThat(report.suggestions().getFirst().membersAtNight()).isZero();
    }

    @Test
    void aNightSlotIsFoundWhenOnlyItsEndReachesTheNight() {
        ZoneId zurich = ZoneId.of("Europe/Zurich");
        Instant start = Instant.parse("2027-01-20T20:00:00Z");
        assertThat(Fairness.atNight(start, start.plusSeconds(90 * 60), zurich)).isTrue();
        assertThat(Fairness.atNight(start.minusSeconds(3600), start, zurich)).isFalse();
    }

    private static boolean night(FairnessReport report, String zone) {
        return report.rows().stream().filter(r -> r.zone().getId().equals(zone)).findFirst().orElseThrow().night();
    }
}
