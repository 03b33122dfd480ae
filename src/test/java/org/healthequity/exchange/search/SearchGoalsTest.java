package org.healthequity.exchange.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchGoalsTest {

    @Test
    void aGoalMetSaysSoAndAGoalMissedSaysWhyFromTheFigures() {
        SearchGoals goals = new SearchGoals(100_000, 7.8, 21.3, 19.5, 5.2, 15.0, 14.0, 4100, 934, 53.3);

        assertThat(goals.lines()).containsExactly(
                "GOAL page_p95_ms target=<=25 figure=21.3 met=yes",
                "GOAL app_vs_lucene target=<=1.5 figure=1.42 met=yes",
                "GOAL pg_vs_app target=>=50 figure=192.5 met=yes",
                "GOAL rebuild_docs_per_s target=>=500 figure=934 met=yes",
                "GOAL visible_p95_ms target=<=1000 figure=53.3 met=yes");

        SearchGoals missed = new SearchGoals(100_000, 7.0, 30.0, 12.0, 4.0, 15.0, 9.6, Double.NaN, 0, 40);
        assertThat(missed.lines().get(0)).startsWith("GOAL page_p95_ms target=<=25 figure=30.0 met=no why=")
                .contains("CPU p95 is 12.0 ms of the 30.0 ms");
        assertThat(missed.lines().get(1)).startsWith("GOAL app_vs_lucene target=<=1.5 figure=2.00 met=no why=")
                .contains("takes 1.75x the bare page").contains("tail is 3.8x its p50 and the portal's 4.3x")
                .contains("CPU time, which leaves out the machine's waits, 1.25x at p95");
        assertThat(missed.lines().get(2)).isEqualTo("GOAL pg_vs_app target=>=50 figure=n/a met=not-measured");
        assertThat(missed.lines().get(3)).endsWith("met=not-measured");
    }

    @Test
    void aMillionItemsAreHeldToEightyMilliseconds() {
        SearchGoals million = new SearchGoals(1_000_000, 14.2, 62.6, 60.9, 8.0, 57.1, 50.0, Double.NaN, 730, 90.5);

        assertThat(million.lines().get(0)).isEqualTo("GOAL page_p95_ms target=<=80 figure=62.6 met=yes");
    }
}
