package org.healthequity.exchange.opencall;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;

import org.healthequity.exchange.member.GroupLeads;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.search.SearchableChanged;
import org.healthequity.exchange.support.Accounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open-call module with the modules it uses: each step of a call tells search, in the step's transaction, so that
 * search reads the call again (found once open, gone once archived). The database is the integration tests'
 * PostgreSQL; the index and files live in a folder of this context's own.
 */
// With search, this context's changes reach the change feed, so the shared test context's index stays current.
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "search")
@ActiveProfiles("test")
@TestPropertySource(properties = { "exchange.data-dir=target/module-test-data/opencall",
        // Only the modules of this test are present, so some of the readiness group may be missing.
        "management.endpoint.health.validate-group-membership=false" })
class OpenCallModuleTest {

    /** Cycles of this test's own, apart from the integration tests' (2031 up, fewer than 130 a run). */
    private static final AtomicLong CYCLES = new AtomicLong(2160 + System.nanoTime() % 20);

    @Autowired
    CallAdministration administration;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    /** The workgroup module's answer to the member module, which this test does not bootstrap. */
    @MockitoBean
    GroupLeads leads;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void openingACallTellsSearchToFindIt(Scenario scenario) {
        long id = draft("Opened in a module test");

        scenario.stimulate(() -> administration.open(id))
                .andWaitForEventOfType(SearchableChanged.class)
                .matching(changed -> changed.contentId() == id)
                .toArriveAndVerify(changed -> {
                    assertThat(changed.type()).isEqualTo(CallSearchSource.TYPE);
                    assertThat(changed.removed()).isFalse();
                });
    }

    @Test
    void archivingACallTellsSearchItLeaves(Scenario scenario) {
        long id = draft("Archived in a module test");
        administration.open(id);
        administration.close(id);
        administration.markDecided(id);

        scenario.stimulate(() -> administration.archive(id))
                .andWaitForEventOfType(SearchableChanged.class)
                .matching(changed -> changed.contentId() == id && changed.removed())
                .toArriveAndVerify(changed -> {
                    assertThat(changed.type()).isEqualTo(CallSearchSource.TYPE);
                });
    }

    @Test
    void savingADraftTellsSearchNothing(Scenario scenario) {
        AtomicLong saved = new AtomicLong();

        scenario.stimulate(() -> saved.set(draft("Never searched in a module test")))
                .andWaitForStateChange(saved::get, id -> id > 0)
                .andVerifyEvents(events -> assertThat(events.ofType(SearchableChanged.class)
                        .matching(changed -> changed.contentId() == saved.get())).isEmpty());
    }

    /** A draft of the HIM network saved by the secretariat, who stays signed in. */
    private long draft(String title) {
        Accounts.signIn(users, OpenCallFixture.SECRETARIAT);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), OpenCallFixture.ZONE).withSecond(0).withNano(0);
        int cycle = (int) CYCLES.incrementAndGet();
        return administration.save(null, 0, new CallForm(Network.HIM, cycle, title + " " + cycle, "About", "Terms",
                OpenCallFixture.ZONE.getId(), now.minusDays(1).withHour(12), now.plusDays(30).withHour(12),
                OpenCallFixture.definition())).id();
    }
}
