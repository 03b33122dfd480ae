package org.healthequity.exchange.webinar;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.healthequity.exchange.search.SearchableChanged;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.Accounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webinar module with the modules it uses: scheduling and cancelling tell search, in their transaction, which
 * type to read the webinar again as. The database is the integration tests' PostgreSQL; the index lives in a folder
 * of this context's own.
 */
// With search, this context's changes reach the change feed, so the shared test context's index stays current.
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "search")
@ActiveProfiles("test")
@TestPropertySource(properties = { "exchange.data-dir=target/module-test-data/webinar",
        // Only the modules of this test are present, so some of the readiness group may be missing.
        "management.endpoint.health.validate-group-membership=false" })
class WebinarModuleTest {

    @Autowired
    WebinarScheduling scheduling;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @BeforeEach
    void signIn() {
        Accounts.signIn(users, WebinarFixture.SECRETARIAT);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void schedulingAWebinarTellsSearchToFindIt(Scenario scenario) {
        scenario.stimulate(() -> scheduling.schedule(form("Scheduled in a module test", Audience.HIM)))
                .andWaitForEventOfType(SearchableChanged.class)
                .matching(changed -> changed.type().equals("WEBINAR"))
                .toArriveAndVerify((changed, id) -> {
                    assertThat(changed.contentId()).isEqualTo(id);
                    assertThat(changed.removed()).isFalse();
                });
    }

    @Test
    void cancellingAWebinarTellsSearchItLeaves(Scenario scenario) {
        long id = scheduling.schedule(form("Cancelled in a module test", Audience.PUBLIC));

        scenario.stimulate(() -> scheduling.cancel(id, EditScope.OCCURRENCE))
                .andWaitForEventOfType(SearchableChanged.class)
                .matching(changed -> changed.contentId() == id && changed.removed())
                .toArriveAndVerify(changed -> assertThat(changed.type()).isEqualTo("WEBINAR"));
    }

    private WebinarForm form(String title, Audience audience) {
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant(), WebinarFixture.GENEVA).plusDays(30)
                .withHour(14).withMinute(0).withSecond(0).withNano(0);
        return new WebinarForm(title, "About equity.", List.of(), List.of(new Speaker(null, "Guest")), start,
                start.plusHours(1), WebinarFixture.GENEVA, "https://meet.example.org/" + UUID.randomUUID(),
                Set.of(Language.ENGLISH), Set.of(), audience, null, null, "", null, 0);
    }
}
