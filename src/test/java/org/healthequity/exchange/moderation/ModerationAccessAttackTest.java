package org.healthequity.exchange.moderation;

import java.util.stream.Stream;

import org.healthequity.exchange.casestudy.CaseStudyAuthoring;
import org.healthequity.exchange.casestudy.CaseStudyFixture;
import org.healthequity.exchange.casestudy.CaseStudyLibrary;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.workgroup.GroupDiscussions;
import org.healthequity.exchange.workgroup.GroupMembership;
import org.healthequity.exchange.workgroup.GroupVisibility;
import org.healthequity.exchange.workgroup.JoinPolicy;
import org.healthequity.exchange.workgroup.WorkgroupFixture;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthequity.exchange.support.Attacks.done;
import static org.healthequity.exchange.support.Attacks.refused;

/**
 * The moderation queue called with ids a member has no business with: flags on content they cannot see (a draft, a
 * private group's post) are answered as for content that does not exist, and the secretariat's steps are refused.
 */
@Tag("attack")
class ModerationAccessAttackTest extends IntegrationTest {

    @Autowired
    private WorkgroupFixture workgroupFixture;

    @Autowired
    private CaseStudyFixture caseStudyFixture;

    @Autowired
    ModerationQueue queue;

    @Autowired
    CaseStudyAuthoring authoring;

    @Autowired
    GroupMembership membership;

    @Autowired
    GroupDiscussions discussions;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void outsiderCannotFlagAPrivateGroupsPostThroughTheQueue() {
        WorkgroupFixture fixture = workgroupFixture;
        String lead = fixture.person("Pam Lead", Network.GKNHE);
        String outsider = fixture.person("Oz Outsider", Network.GKNHE);
        long group = fixture.group("Closed circle", Network.GKNHE, GroupVisibility.PRIVATE, JoinPolicy.INVITATION,
                lead);
        fixture.signIn(lead);
        long thread = discussions.start(group, "Internal", "Only for us");
        long post = jdbc.queryForObject("select id from work_group_post where thread_id = ?", Long.class, thread);

        fixture.signIn(outsider);
        assertThatThrownBy(() -> queue.flag(GroupDiscussions.MODERATION_TYPE, post, "Probing for hidden posts"))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.messageKey()).isEqualTo("moderation.flag.not-published"));
        assertThatThrownBy(() -> queue.flag(GroupDiscussions.MODERATION_TYPE, 987_654_321L, "Probing"))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.messageKey()).isEqualTo("moderation.flag.not-published"));
        assertThat(jdbc.queryForObject("select count(*) from moderation_item where content_type = ?"
                + " and content_id = ?", Long.class, GroupDiscussions.MODERATION_TYPE, post)).isZero();
    }

    @TestFactory
    Stream<DynamicTest> memberReachesNeitherHiddenContentNorTheSecretariatsSteps() {
        CaseStudyFixture cases = caseStudyFixture;
        WorkgroupFixture people = workgroupFixture;
        String author = people.person("Ada Author", Network.GKNHE);
        String member = people.person("Ben Member", Network.GKNHE);
        long draft = cases.draft(author, CaseStudyFixture.complete("A draft nobody else may see")).caseStudyId();
        long submitted = cases.submitted(author, CaseStudyFixture.complete("Waiting for review"));
        long item = cases.openItem(submitted);
        Runnable asMember = () -> people.signIn(member);
        return Stream.of(
                refused("ModerationQueue.flag: member flags someone's unpublished draft", asMember, draft, true,
                        id -> { queue.flag(CaseStudyLibrary.CONTENT_TYPE, id, "Probing"); return done(); }),
                refused("ModerationQueue.flag: member flags a case study still under review", asMember, submitted,
                        true, id -> { queue.flag(CaseStudyLibrary.CONTENT_TYPE, id, "Probing"); return done(); }),
                refused("ModerationQueue.claim: member claims a queue item", asMember, item, false,
                        id -> { queue.claim(id); return done(); }),
                refused("ModerationQueue.release: member releases a queue item", asMember, item, false,
                        id -> { queue.release(id); return done(); }),
                refused("ModerationQueue.decide: member approves their own friend's submission", asMember, item,
                        false, id -> { queue.decide(id, Decision.APPROVE, null); return done(); }),
                refused("ModerationQueue.page: member reads the queue", asMember, item, false,
                        id -> queue.page(QueueFilter.open(), 0, 50)));
    }
}
