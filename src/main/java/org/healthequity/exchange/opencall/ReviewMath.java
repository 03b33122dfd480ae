package org.healthequity.exchange.opencall;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.healthequity.exchange.opencall.CallDefinition.Criterion;
import org.jspecify.annotations.Nullable;

/** Weighted totals and per-criterion statistics, on a common 0–100 scale whatever each criterion's scale. */
final class ReviewMath {

    private ReviewMath() {
    }

    /**
     * A review's weighted total: each score placed on 0–1 within its criterion's scale, weighted, summed and scaled to
     * 0–100; null when no criterion is scored.
     */
    static @Nullable Double weightedTotal(List<Criterion> rubric, Scores scores) {
        double sum = 0;
        int weights = 0;
        for (Criterion criterion : rubric) {
            Integer value = scores.value(criterion.key());
            if (value == null) {
                continue;
            }
            sum += criterion.weight() * criterion.normalised(value);
            weights += criterion.weight();
        }
        return weights == 0 ? null : round(100 * sum / weights);
    }

    /** The mean of the reviews' weighted totals, or null when none is scored. */
    static @Nullable Double meanTotal(List<Criterion> rubric, Collection<Scores> reviews) {
        double sum = 0;
        int count = 0;
        for (Scores scores : reviews) {
            Double total = weightedTotal(rubric, scores);
            if (total != null) {
                sum += total;
                count++;
            }
        }
        return count == 0 ? null : round(sum / count);
    }

    static Map<String, RankedApplication.CriterionStats> criteria(List<Criterion> rubric, Collection<Scores> reviews) {
        Map<String, RankedApplication.CriterionStats> stats = new LinkedHashMap<>();
        for (Criterion criterion : rubric) {
            int count = 0;
            int sum = 0;
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            for (Scores scores : reviews) {
                Integer value = scores.value(criterion.key());
                if (value != null) {
                    count++;
                    sum += value;
                    min = Math.min(min, value);
                    max = Math.max(max, value);
                }
            }
            if (count > 0) {
                stats.put(criterion.key(), new RankedApplication.CriterionStats(round((double) sum / count),
                        max - min, count));
            }
        }
        return stats;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
