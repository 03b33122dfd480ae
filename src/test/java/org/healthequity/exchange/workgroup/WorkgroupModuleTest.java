package org.healthequity.exchange.workgroup;

import static org.assertj.core.api.Assertions.assertThat;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.moderation.Decision;
import org.healthequity.exchange.moderation.ModerationQueue;
import org.healthequity.exchange.moderation.QueueFilter;
import org.healthequity.exchange.search.SearchableChanged;
import org.healthequity.exchange.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The workgroup module with the modules it uses: its changes reach search as {@link SearchableChanged} events, also
 * when the change comes from the moderation queue (a retracted reply). The database is the integration tests'
 * PostgreSQL; the index and files live in a folder of this context's own.
 */
// With search, this context's changes reach the change feed, so the shared test context's index stays current.
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "search")
@ActiveProfiles("test")
@TestPropertySource(properties = { "exchange.data-dir=target/module-test-data/workgroup",
        // Only the modules of this test are present, so some of the readiness group may be missing.
        "management.endpoint.health.validate-group-membership=false" })
@Import({ People.class, WorkgroupFixture.class })
class WorkgroupModuleTest {

    @Autowired
    WorkgroupFixture fixture;

    @Autowired
    GroupDiscussions discussions;

    @Autowired
    ModerationQueue queue;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aReplyTellsSearchOfItselfAndARetractionTellsSearchItIsGone(Scenario scenario) {
        WorkgroupFixture.Circle circle = fixture.circle("Module", Network.GKNHE, GroupVisibility.PRIVATE,
                "Mona Lead", "Max Member", "Mia Outsider");
        fixture.signIn(circle.member());
        long thread = discussions.start(circle.group(), "Night clinics", "Who opens at night?");

        scenario.stimulate(() -> {
            fixture.signIn(circle.member());
            return discussions.reply(thread, "We do, twice a week.");
        }).andWaitForEventOfType(SearchableChanged.class)
                .matching(changed -> changed.type().equals(GroupSearchRows.POST))
                .toArriveAndVerify((changed, id) -> assertThat(changed.contentId()).isEqualTo(id));
        long reply = discussions.thread(thread).orElseThrow().posts().getLast().id();

        fixture.signIn(circle.lead());
        discussions.flag(reply, "Off topic");
        fixture.signIn(WorkgroupFixture.SECRETARIAT);
        long item = queue.page(QueueFilter.open(), 0, 500).stream()
                .filter(i -> i.type().equals(GroupDiscussions.MODERATION_TYPE) && i.contentId() == reply)
                .findFirst().orElseThrow().id();
        scenario.stimulate(() -> queue.decide(item, Decision.RETRACT, "Off topic"))
                .andWaitForEventOfType(SearchableChanged.class)
                .matching(changed -> changed.type().equals(GroupSearchRows.POST) && changed.contentId() == reply)
                .toArriveAndVerify(changed -> assertThat(discussions.thread(thread).orElseThrow().posts())
                        .filteredOn(post -> post.id() == reply).singleElement()
                        .satisfies(post -> assertThat(post.deleted()).isTrue()));
    }
}
