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
 * was. Three cases, each over {@value #ROUNDS} rounds: "cold" (a filter never asked: every figure queried and every
 * chart drawn), "fresh" (the same filter after the page's minute: figures queried again, unchanged charts not redrawn)
 * and "kept" (within the minute). Runs only when asked: {@code -Dtest=DashboardBenchmarkTest -Dbench.insights=true}.
 */
@EnabledIfSystemProperty(named = "bench.insights", matches = "true")
class DashboardBenchmarkTest extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(DashboardBenchmarkTest.class);
    private static final int MEMBERS = 10_000;
    private static final int ROUNDS = 10;

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
            YearMonth now = YearMonth.now(clock);
            // Warm-up: the JIT, the connection pool and PostgreSQL's plans, on a period the rounds do not ask again.
            dashboard.page(new InsightFilter(now.minusYears(5), now.minusYears(3), null, null), Language.ENGLISH);
            List<Long> cold = new ArrayList<>();
            List<Long> fresh = new ArrayList<>();
            List<Long> kept = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                // A period no round asked before: every figure is new, so every chart is drawn (nothing kept).
                InsightFilter filter = new InsightFilter(now.minusMonths(InsightFilter.DEFAULT_MONTHS - 1L + round),
                        now.minusMonths(round), null, null);
                cold.add(timed(() -> {
                    Insights page = dashboard.page(filter, Language.ENGLISH);
                    assertThat(page.map().rows()).hasSize(194);
                    assertThat(page.charts()).hasSize(10);
                }));
                // The same filter after the minute: the figures asked again, the unchanged charts not drawn again.
                clock.advance(Dashboard.KEPT.plusSeconds(1));
                fresh.add(timed(() -> dashboard.page(filter, Language.ENGLISH)));
                // Within the minute: the page as kept.
                kept.add(timed(() -> dashboard.page(filter, Language.ENGLISH)));
            }
            report("cold", cold);
            report("fresh", fresh);
            report("kept", kept);
            status.setRollbackOnly();
        });
    }

    private static long timed(Runnable build) {
        long begin = System.nanoTime();
        build.run();
        return (System.nanoTime() - begin) / 1_000_000;
    }

    /** One line per case: "INSIGHTS members=10000 p50_ms=… p95_ms=… max_ms=… rounds=10 case=cold". */
    private static void report(String name, List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        long p50 = sorted.get((sorted.size() - 1) / 2);
        long p95 = sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
        log.info("INSIGHTS members={} p50_ms={} p95_ms={} max_ms={} rounds={} case={}", MEMBERS, p50, p95,
                sorted.getLast(), sorted.size(), name);
    }
}
