package org.healthequity.exchange.opencall;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An application in the ranking: its weighted total (0–100) and, per rubric criterion, the mean and spread (highest
 * minus lowest) of the scores submitted in its current review round.
 */
public record RankedApplication(int rank, long applicationId, String institutionName, String country,
        ApplicationStatus status, @Nullable Double weightedTotal, int reviews,
        Map<String, CriterionStats> criteria, int round) {

    public record CriterionStats(double mean, int spread, int count) {
    }
}
