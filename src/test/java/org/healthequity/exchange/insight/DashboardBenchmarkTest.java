package org.healthequity.exchange.insight;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.People;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the dashboard page's data and drawings take on a world of 10,000 members (docs/performance.md). The
 * members are inserted by SQL for speed, in a transaction that is rolled back, so the test database is left as it
 * was. Runs only when asked: {@code -Dtest=DashboardBenchmarkTest -Dbench.insights=true}.
 */
@EnabledIfSystemProperty(named = "bench.insights", matches = "true")
class DashboardBenchmarkTest extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(DashboardBenchmarkTest.class);
    private static final int MEMBERS = 10_000;
    private static final int ROUNDS = 5;

    @Autowired
    private Dashboard dashboard;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private UserDetailsService users;

    @Test
    void buildsTheDashboardOfTenThousandMembers() {
        transactions.executeWithoutResult(status -> {
            String tag = "bench-" + System.nanoTime();
            long start = System.nanoTime();
            jdbc.update("""
                    insert into account (email, display_name, password_hash, status, created_at)
                    select ? || '-' || n || '@bench.example', 'Bench Member ' || n, 'x', 'ACTIVE',
                        now() - (n % 730) * interval '1 day'
                    from generate_series(1, ?) as n
                    """, tag, MEMBERS);
            jdbc.update("""
                    insert into network_membership (account_id, network, role, joined_at)
                    select a.id, case when a.id % 3 = 0 then 'HIM' else 'GKNHE' end, 'MEMBER', a.created_at
                    from account a where a.email like ? || '-%'
                    """, tag);
            jdbc.update("""
                    insert into profile (account_id, country, updated_at)
                    select a.id, (select iso2 from country order by iso2 offset (a.id * 7919 % 194) limit 1), now()
                    from account a where a.email like ? || '-%'
                    """, tag);
            log.info("Inserted {} members in {} ms", MEMBERS, (System.nanoTime() - start) / 1_000_000);

            Accounts.signIn(users, People.SECRETARIAT);
            InsightFilter filter = InsightFilter.defaults(YearMonth.now(clock));
            List<Long> millis = new ArrayList<>();
            for (int round = 0; round <= ROUNDS; round++) {
                long begin = System.nanoTime();
                MemberStateFigure map = dashboard.memberStates(filter, Language.ENGLISH);
                long mapped = System.nanoTime();
                List<Chart> charts = dashboard.charts(filter, Language.ENGLISH);
                long charted = System.nanoTime();
                assertThat(map.rows()).hasSize(194);
                assertThat(charts).hasSize(10);
                // The charts drawn again alone: how much of their time is drawing rather than querying.
                charts.forEach(chart -> Charts.svg(chart.figure()));
                long redrawn = System.nanoTime();
                long took = (charted - begin) / 1_000_000;
                if (round > 0) {
                    millis.add(took);
                }
                log.info("Dashboard data and SVGs, round {}: {} ms (map {} ms, charts {} ms, drawing them {} ms)",
                        round, took, (mapped - begin) / 1_000_000, (charted - mapped) / 1_000_000,
                        (redrawn - charted) / 1_000_000);
            }
            log.info("Dashboard of {} members: median {} ms over {} rounds (after one warm-up)", MEMBERS,
                    millis.stream().sorted().toList().get(ROUNDS / 2), ROUNDS);
            status.setRollbackOnly();
        });
    }
}
