package org.healthequity.exchange.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How large a sample is taken, and how an estimate is shown. */
class SamplingTest {

    @Test
    void aSampleHoldsAboutThreeThousandMatches() {
        assertThat(Sampling.stride(38_000, 100_000)).isEqualTo(12);
        assertThat(Sampling.stride(600_000, 1_000_000)).isEqualTo(156);
    }

    @Test
    void anEstimateAboveTheIndexSizeDoesNotShrinkTheSampleToAFewBlocks() {
        // A six-language query may be estimated at several times the index; the sample still spans 100 blocks.
        assertThat(Sampling.stride(900_000, 100_000)).isEqualTo(15);
        assertThat(Sampling.stride(900_000, 100_000) * (long) SampleQuery.BLOCK * Sampling.MIN_BLOCKS)
                .isLessThanOrEqualTo(100_000);
    }

    @Test
    void aSmallIndexIsSampledEverySecondBlock() {
        assertThat(Sampling.stride(12_000, 12_500)).isEqualTo(2);
    }

    @Test
    void anEstimateIsRoundedToTwoDigits() {
        assertThat(Sampling.about(61_234)).isEqualTo(61_000);
        assertThat(Sampling.about(37_824)).isEqualTo(38_000);
        assertThat(Sampling.about(1_049)).isEqualTo(1_000);
        assertThat(Sampling.about(99)).isEqualTo(99);
        assertThat(Sampling.about(995)).isEqualTo(1_000);
    }
}
