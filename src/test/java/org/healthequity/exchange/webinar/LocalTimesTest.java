package org.healthequity.exchange.webinar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Local times across daylight-saving changes, in zones that change on different dates or never. */
class LocalTimesTest {

    @Test
    void aTimeSkippedBySpringForwardDoesNotExist() {
        assertThat(LocalTimes.kind(LocalDateTime.parse("2027-03-28T02:30"), ZoneId.of("Europe/Zurich")))
                .isEqualTo(LocalTimes.Kind.GAP);
        assertThat(LocalTimes.kind(LocalDateTime.parse("2027-03-14T02:30"), ZoneId.of("America/New_York")))
                .isEqualTo(LocalTimes.Kind.GAP);
        assertThat(LocalTimes.kind(LocalDateTime.parse("2027-10-03T02:30"), ZoneId.of("Australia/Sydney")))
                .isEqualTo(LocalTimes.Kind.GAP);
        assertThat(LocalTimes.strict(LocalDateTime.parse("2027-03-28T02:30"), ZoneId.of("Europe/Zurich"))).isEmpty();
    }

    @Test
    void aTimeRepeatedByFallBackIsAmbiguous() {
        assertThat(LocalTimes.kind(LocalDateTime.parse("2027-10-31T02:30"), ZoneId.of("Europe/Zurich")))
                .isEqualTo(LocalTimes.Kind.OVERLAP);
        assertThat(LocalTimes.kind(LocalDateTime.parse("2027-11-07T01:30"), ZoneId.of("America/New_York")))
                .isEqualTo(LocalTimes.Kind.OVERLAP);
        assertThat(LocalTimes.kind(LocalDateTime.parse("2027-04-04T02:30"), ZoneId.of("Australia/Sydney")))
                .isEqualTo(LocalTimes.Kind.OVERLAP);
    }

    @Test
    void zonesWithoutDaylightSavingAlwaysHaveOneInstant() {
        assertThat(LocalTimes.strict(LocalDateTime.parse("2027-03-28T02:30"), ZoneId.of("Asia/Kolkata")))
                .contains(Instant.parse("2027-03-27T21:00:00Z"));
        assertThat(LocalTimes.strict(LocalDateTime.parse("2027-10-31T02:30"), ZoneId.of("Africa/Nairobi")))
                .contains(Instant.parse("2027-10-30T23:30:00Z"));
    }

    @Test
    void theSameLocalTimeIsAnotherInstantOnEachSideOfAChange() {
        ZoneId geneva = ZoneId.of("Europe/Zurich");
        assertThat(LocalTimes.strict(LocalDateTime.parse("2027-03-27T14:00"), geneva))
                .contains(Instant.parse("2027-03-27T13:00:00Z"));
        assertThat(LocalTimes.strict(LocalDateTime.parse("2027-03-29T14:00"), geneva))
                .contains(Instant.parse("2027-03-29T12:00:00Z"));
    }

    @Test
    void aMonthlySeriesKeepsTheDayWithinShortMonths() {
        LocalDateTime first = LocalDateTime.parse("2027-01-31T14:00");
        assertThat(Frequency.MONTHLY.occurrence(first, 1)).isEqualTo(LocalDateTime.parse("2027-02-28T14:00"));
        assertThat(Frequency.BIWEEKLY.occurrence(first, 2)).isEqualTo(LocalDateTime.parse("2027-02-28T14:00"));
        assertThat(Frequency.WEEKLY.occurrence(first, 1)).isEqualTo(LocalDateTime.parse("2027-02-07T14:00"));
    }
}
