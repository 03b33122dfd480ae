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
        String lead = fixture.person("Pia Lead", Network.GKNHE);
        String member = fixture.person("Max Member", Network.GKNHE);
        String outsider = fixture.person("Otto Outsider", Network.GKNHE);
        long group = fixture.group("Private circle", Network.GKNHE, GroupVisibility.PRIVATE, JoinPolicy.REQUEST,
                lead);
        fixture.addMember(group, lead, member);
        fixture.signIn(member);
        long thread = discussions.start(group, "Budget", "The confidential figures");
        long post = discussions.reply(thread, "A confidential reply");
        long document = documents.upload(group, "Workplan", "", "workplan.pdf", PDF);
        long version = jdbc.queryForObject("select id from work_group_document_version where document_id = ?",
                Long.class, document);
        long memberId = fixture.accountId(member);
        fixture.signOut();
        Runnable asOutsider = () -> fixture.signIn(outsider);
        return Stream.of(
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
                refused("GroupMembership.pendingRequests: outsider reads a private group's requests", asOutsider,
                        group, true, membership::pendingRequests),
                refused("GroupMembership.remove: outsider removes a member of a private group", asOutsider, group,
                        true, id -> { membership.remove(id, memberId); return done(); }),
                refused("GroupMembership.promote: outsider promotes a member of a private group", asOutsider, group,
                        true, id -> { membership.promote(id, memberId); return done(); }),
                refused("GroupMembership.notifyBy: outsider changes mail settings of a private group", asOutsider,
                        group, true, id -> { membership.notifyBy(id, NotifyMode.EVERY_POST); return done(); }),
                refused("GroupMembership.invite: outsider invites into a private group", asOutsider, group, true,
                        id -> { membership.invite(id, uniqueEmail("friend"), Language.ENGLISH); return done(); }),
                refused("GroupMembership.leave: outsider leaves a private group", asOutsider, group, true,
                        id -> { membership.leave(id); return done(); }));
    }

    @TestFactory
    Stream<DynamicTest> memberCannotActAsLeadOrAsAnotherMembersAuthor() {
        WorkgroupFixture fixture = workgroupFixture;
        String lead = fixture.person("Lou Lead", Network.HIM);
        String author = fixture.person("Ann Author", Network.HIM);
        String member = fixture.person("Mo Member", Network.HIM);
        String applicant = fixture.person("Aki Asker", Network.HIM);
        long group = fixture.group("Network circle", Network.HIM, GroupVisibility.NETWORK, JoinPolicy.REQUEST, lead);
        fixture.addMember(group, lead, author);
        fixture.addMember(group, lead, member);
        fixture.signIn(applicant);
        membership.join(group, "Please");
        fixture.signIn(author);
        long thread = discussions.start(group, "Plan", "First draft of the plan");
        long post = discussions.reply(thread, "My own reply");
        long document = documents.upload(group, "Plan", "", "plan.pdf", PDF);
        long request = jdbc.queryForObject("select id from work_group_join_request where group_id = ?", Long.class,
                group);
        long authorId = fixture.accountId(author);
        fixture.signOut();
        Runnable asMember = () -> fixture.signIn(member);
        return Stream.of(
                refused("GroupDiscussions.edit: member edits another member's post", asMember, post, false,
                        id -> { discussions.edit(id, 0, "Rewritten"); return done(); }),
                refused("GroupDiscussions.delete: member deletes another member's post", asMember, post, false,
                        id -> { discussions.delete(id); return done(); }),
                refused("GroupDiscussions.pin: member pins a thread as if a lead", asMember, thread, false,
                        id -> { discussions.pin(id, true); return done(); }),
                refused("GroupDocuments.delete: member deletes another member's document", asMember, document, false,
                        id -> { documents.delete(id); return done(); }),
                refused("GroupMembership.pendingRequests: member reads the join requests", asMember, group, false,
                        membership::pendingRequests),
                refused("GroupMembership.decideRequest: member approves a join request", asMember, request, false,
                        id -> { membership.decideRequest(id, true); return done(); }),
                refused("GroupMembership.remove: member removes another member", asMember, group, false,
                        id -> { membership.remove(id, authorId); return done(); }),
                refused("GroupMembership.promote: member promotes someone to lead", asMember, group, false,
                        id -> { membership.promote(id, authorId); return done(); }),
                refused("WorkingGroups.archive: member archives the group", asMember, group, false,
                        id -> { groups.archive(id); return done(); }),
                refused("WorkingGroups.approve: member approves a group", asMember, group, false,
                        id -> { groups.approve(id); return done(); }),
                refused("WorkingGroups.decline: member declines a group", asMember, group, false,
                        id -> { groups.decline(id); return done(); }));
    }

    @TestFactory
    Stream<DynamicTest> leadOfOneGroupHasNoRightsInAnother() {
        WorkgroupFixture fixture = workgroupFixture;
        String lead = fixture.person("Leo Lead", Network.GKNHE);
        String otherLead = fixture.person("Ola Otherlead", Network.GKNHE);
        String member = fixture.person("Mira Member", Network.GKNHE);
        long group = fixture.group("Open circle", Network.GKNHE, GroupVisibility.PUBLIC, JoinPolicy.REQUEST, lead);
        fixture.group("Other circle", Network.GKNHE, GroupVisibility.PUBLIC, JoinPolicy.OPEN, otherLead);
        fixture.addMember(group, lead, member);
        fixture.signIn(member);
        long thread = discussions.start(group, "Notes", "Meeting notes");
        long memberId = fixture.accountId(member);
        fixture.signOut();
        Runnable asOtherLead = () -> fixture.signIn(otherLead);
        return Stream.of(
                refused("GroupMembership.remove: another group's lead removes a member", asOtherLead, group, false,
                        id -> { membership.remove(id, memberId); return done(); }),
                refused("GroupMembership.promote: another group's lead promotes a member", asOtherLead, group, false,
                        id -> { membership.promote(id, memberId); return done(); }),
                refused("GroupMembership.pendingRequests: another group's lead reads requests", asOtherLead, group,
                        false, membership::pendingRequests),
                refused("GroupMembership.invite: another group's lead invites people", asOtherLead, group, false,
                        id -> { membership.invite(id, uniqueEmail("x"), Language.ENGLISH); return done(); }),
                refused("GroupDiscussions.pin: another group's lead pins a thread", asOtherLead, thread, false,
                        id -> { discussions.pin(id, true); return done(); }),
                refused("GroupDiscussions.reply: another group's lead replies without being a member", asOtherLead,
                        thread, false, id -> discussions.reply(id, "Hello")));
    }
}
