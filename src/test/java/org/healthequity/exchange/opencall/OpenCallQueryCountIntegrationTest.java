package org.healthequity.exchange.opencall;

import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/** The secretariat's tables of a call run a fixed number of SQL statements, whatever the number of applications. */
class OpenCallQueryCountIntegrationTest extends IntegrationTest {

    @Autowired
    private OpenCallFixture openCallFixture;

    @Autowired
    CallAdministration administration;

    @Autowired
    ReviewAssignment assignment;

    @Autowired
    CallDecisions decisions;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void applicationsAndRankingCostTheSameForTwoOrTwelveApplications() {
        OpenCallFixture fixture = openCallFixture;
        long small = callWith(fixture, 2);
        long large = callWith(fixture, 12);
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        assignment.applications(small);

        int[] forSmall = counted(small);
        int[] forLarge = counted(large);

        assertThat(assignment.applications(large)).hasSize(12)
                .allSatisfy(row -> assertThat(row.reviewers()).hasSize(2));
        // applications: call, applications, reviews, names; ranking: call, applications, reviews; calls: counts, calls
        assertThat(forLarge).isEqualTo(forSmall).containsExactly(4, 3, 2);
    }

    private int[] counted(long call) {
        StatementCounter.start();
        assignment.applications(call);
        int table = StatementCounter.stop();
        StatementCounter.start();
        decisions.ranking(call);
        int ranking = StatementCounter.stop();
        StatementCounter.start();
        administration.calls();
        int calls = StatementCounter.stop();
        return new int[] {table, ranking, calls};
    }

    private long callWith(OpenCallFixture fixture, int applications) {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        for (int i = 0; i < applications; i++) {
            long id = fixture.submitted(call, "Counted " + i, "University " + i, "KE");
            fixture.signIn(OpenCallFixture.SECRETARIAT);
            assignment.screen(id, true, null);
        }
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        assignment.assignSuggested(call);
        return call;
    }
}
