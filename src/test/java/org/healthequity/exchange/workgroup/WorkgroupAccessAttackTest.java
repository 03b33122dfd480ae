package org.healthequity.exchange.workgroup;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.healthequity.exchange.support.Attacks.done;
import static org.healthequity.exchange.support.Attacks.refused;

/**
 * Every workgroup service method that takes an id, called by someone with no standing in the group: a private group's
 * threads, posts, documents and members are answered exactly as if they did not exist; a member of the group cannot
 * act as its lead or as another member's author.
 */
@Tag("attack")
class WorkgroupAccessAttackTest extends IntegrationTest {

    @Autowired
    private WorkgroupFixture workgroupFixture;

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    WorkingGroups groups;

    @Autowired
    GroupMembership membership;

    @Autowired
    GroupDiscussions discussions;

    @Autowired
    GroupDocuments documents;

    @Autowired
    JdbcTemplate jdbc;

    @TestFactory
    Stream<DynamicTest> outsiderOfAPrivateGroupSeesNothingOfIt() {
        WorkgroupFixture fixture = workgroupFixture;
        String outsider = fixture.person("Otto Outsider", Network.GKNHE);
        Posted posted = postedByAMember(Network.GKNHE, GroupVisibility.PRIVATE, "Pia Lead", "Max Member");
        long group = posted.group();
        long thread = posted.thread();
        long post = posted.post();
        long document = posted.document();
        long version = jdbc.queryForObject("select id from work_group_document_version where document_id = ?",
                Long.class, document);
        long memberId = fixture.accountId(posted.member());
        fixture.signOut();
        Runnable asOutsider = () -> fixture.signIn(outsider);
        return Stream.concat(Stream.of(
                refused("WorkingGroups.group(slug): outsider opens a private group by its address", asOutsider, group,
                        true, id -> groups.group(id == group ? fixture.slug(group) : "no-such-group")),
                refused("GroupDiscussions.threads: outsider lists a private group's threads", asOutsider, group, true,
                        discussions::threads),
                refused("GroupDiscussions.thread: outsider reads a private thread by id", asOutsider, thread, true,
                        discussions::thread),
                refused("GroupDiscussions.history: outsider reads a private post's earlier texts", asOutsider, post,
                        true, discussions::history),
                refused("GroupDiscussions.activity: outsider reads a private group's feed", asOutsider, group, true,
                        discussions::activity),
                refused("GroupDiscussions.start: outsider posts into a private group", asOutsider, group, true,
                        id -> discussions.start(id, "Spam", "Spam")),
                refused("GroupDiscussions.reply: outsider replies in a private thread", asOutsider, thread, true,
                        id -> discussions.reply(id, "Spam")),
                refused("GroupDiscussions.edit: outsider edits a private post", asOutsider, post, true,
                        id -> { discussions.edit(id, 0, "Changed"); return done(); }),
                refused("GroupDiscussions.delete: outsider deletes a private post", asOutsider, post, true,
                        id -> { discussions.delete(id); return done(); }),
                refused("GroupDiscussions.pin: outsider pins a private thread", asOutsider, thread, true,
                        id -> { discussions.pin(id, true); return done(); }),
                refused("GroupDiscussions.flag: outsider flags a private post", asOutsider, post, true,
                        id -> { discussions.flag(id, "Probing"); return done(); }),
                refused("GroupDocuments.documents: outsider lists a private group's documents", asOutsider, group,
                        true, documents::documents),
                refused("GroupDocuments.download: outsider downloads a private document version", asOutsider,
                        version, true, documents::download),
                refused("GroupDocuments.upload: outsider uploads into a private group", asOutsider, group, true,
                        id -> documents.upload(id, "Spam", "", "spam.pdf", PDF)),
                refused("GroupDocuments.uploadVersion: outsider replaces a private document", asOutsider, document,
                        true, id -> documents.uploadVersion(id, "spam.pdf", PDF)),
                refused("GroupDocuments.delete: outsider deletes a private document", asOutsider, document, true,
                        id -> { documents.delete(id); return done(); }),
                refused("GroupMembership.members: outsider lists a private group's members", asOutsider, group, true,
                        membership::members),
                refused("GroupMembership.join: outsider asks to join a private group", asOutsider, group, true,
                        id -> membership.join(id, "Let me in")),
                refused("GroupMembership.notifyBy: outsider changes mail settings of a private group", asOutsider,
                        group, true, id -> { membership.notifyBy(id, NotifyMode.EVERY_POST); return done(); }),
                refused("GroupMembership.leave: outsider leaves a private group", asOutsider, group, true,
                        id -> { membership.leave(id); return done(); })),
                leadsWork("outsider of a private group", asOutsider, group, true, memberId, true));
    }

    @TestFactory
    Stream<DynamicTest> memberCannotActAsLeadOrAsAnotherMembersAuthor() {
        WorkgroupFixture fixture = workgroupFixture;
        Posted posted = postedByAMember(Network.HIM, GroupVisibility.NETWORK, "Lou Lead", "Ann Author");
        long group = posted.group();
        long thread = posted.thread();
        long post = posted.post();
        long document = posted.document();
        String member = fixture.person("Mo Member", Network.HIM);
        fixture.addMember(group, posted.lead(), member);
        fixture.signIn(fixture.person("Aki Asker", Network.HIM));
        membership.join(group, "Please");
        long request = jdbc.queryForObject("select id from work_group_join_request where group_id = ?", Long.class,
                group);
        long authorId = fixture.accountId(posted.member());
        fixture.signOut();
        Runnable asMember = () -> fixture.signIn(member);
        return Stream.concat(Stream.of(
                refused("GroupDiscussions.edit: member edits another member's post", asMember, post, false,
                        id -> { discussions.edit(id, 0, "Rewritten"); return done(); }),
                refused("GroupDiscussions.delete: member deletes another member's post", asMember, post, false,
                        id -> { discussions.delete(id); return done(); }),
                refused("GroupDiscussions.pin: member pins a thread as if a lead", asMember, thread, false,
                        id -> { discussions.pin(id, true); return done(); }),
                refused("GroupDocuments.delete: member deletes another member's document", asMember, document, false,
                        id -> { documents.delete(id); return done(); }),
                refused("GroupMembership.decideRequest: member approves a join request", asMember, request, false,
                        id -> { membership.decideRequest(id, true); return done(); }),
                refused("WorkingGroups.archive: member archives the group", asMember, group, false,
                        id -> { groups.archive(id); return done(); }),
                refused("WorkingGroups.approve: member approves a group", asMember, group, false,
                        id -> { groups.approve(id); return done(); }),
                refused("WorkingGroups.decline: member declines a group", asMember, group, false,
                        id -> { groups.decline(id); return done(); })),
                leadsWork("member", asMember, group, false, authorId, false));
    }

    @TestFactory
    Stream<DynamicTest> leadOfOneGroupHasNoRightsInAnother() {
        WorkgroupFixture fixture = workgroupFixture;
        Posted posted = postedByAMember(Network.GKNHE, GroupVisibility.PUBLIC, "Leo Lead", "Mira Member");
        long group = posted.group();
        long thread = posted.thread();
        String otherLead = fixture.groupLedBy("Ola Otherlead", "Other circle", Network.GKNHE, GroupVisibility.PUBLIC,
                JoinPolicy.OPEN).lead();
        long memberId = fixture.accountId(posted.member());
        fixture.signOut();
        Runnable asOtherLead = () -> fixture.signIn(otherLead);
        return Stream.concat(Stream.of(
                refused("GroupDiscussions.pin: another group's lead pins a thread", asOtherLead, thread, false,
                        id -> { discussions.pin(id, true); return done(); }),
                refused("GroupDiscussions.reply: another group's lead replies without being a member", asOtherLead,
                        thread, false, id -> discussions.reply(id, "Hello"))),
                leadsWork("another group's lead", asOtherLead, group, false, memberId, true));
    }

    /** A group joined on request, its lead, and a member's thread with a reply and a document. */
    private record Posted(long group, String lead, String member, long thread, long post, long document) {
    }

    /** A fresh group of the visibility (joined on request) where a fresh member has posted; nobody signed in. */
    private Posted postedByAMember(Network network, GroupVisibility visibility, String leadName, String memberName) {
        WorkgroupFixture fixture = workgroupFixture;
        String lead = fixture.person(leadName, network);
        String member = fixture.person(memberName, network);
        long group = fixture.group("Circle", network, visibility, JoinPolicy.REQUEST, lead);
        fixture.addMember(group, lead, member);
        fixture.signIn(member);
        long thread = discussions.start(group, "Budget", "The confidential figures");
        long post = discussions.reply(thread, "A confidential reply");
        long document = documents.upload(group, "Workplan", "", "workplan.pdf", PDF);
        fixture.signOut();
        return new Posted(group, lead, member, thread, post, document);
    }

    /**
     * What only the group's leads may do with its members, attempted by someone else: read the join requests, remove
     * or promote a member and, where asked, invite people.
     */
    private Stream<DynamicTest> leadsWork(String who, Runnable signIn, long group, boolean existencePrivate,
            long memberId, boolean invites) {
        Stream<DynamicTest> members = Stream.of(
                refused("GroupMembership.pendingRequests: " + who + " reads the join requests", signIn, group,
                        existencePrivate, membership::pendingRequests),
                refused("GroupMembership.remove: " + who + " removes a member", signIn, group, existencePrivate,
                        id -> { membership.remove(id, memberId); return done(); }),
                refused("GroupMembership.promote: " + who + " promotes a member to lead", signIn, group,
                        existencePrivate, id -> { membership.promote(id, memberId); return done(); }));
        if (!invites) {
            return members;
        }
        return Stream.concat(members, Stream.of(refused("GroupMembership.invite: " + who + " invites people",
                signIn, group, existencePrivate,
                id -> { membership.invite(id, uniqueEmail("friend"), Language.ENGLISH); return done(); })));
    }
}
