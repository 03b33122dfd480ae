package org.healthequity.exchange.workgroup;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.People;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** People and groups for tests, made through the services as the secretariat and members would. */
@TestComponent
public record WorkgroupFixture(WorkingGroups groups, GroupMembership membership, GroupDiscussions discussions,
        UserDetailsService users, JdbcTemplate jdbc, People people) {

    public static final String SECRETARIAT = "secretariat@example.org";

    /** A fresh active member of the network (none for {@code null}), in UTC, not signed in; returns the address. */
    public String person(String name, @Nullable Network network) {
        String email = network == null ? people.member(name) : people.member(name, network);
        return people.inTimeZone(email, ZoneId.of("UTC"));
    }

    public long accountId(String email) {
        return people.id(email);
    }

    /** The signed-in identity of the person, as services that take one (the dashboard) receive it. */
    public ExchangeUser user(String email) {
        return (ExchangeUser) users.loadUserByUsername(email);
    }

    /** A group joined by invitation, its lead, one member, and an outsider of the same network. */
    public record Circle(long group, String lead, String member, String outsider) {
    }

    /**
     * Waits until the lead holds the portal role GROUP_LEAD, which the member module gives once the group's creation
     * is committed.
     */
    public void awaitLeadRole(String lead) {
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject("select count(*) from account_role where account_id = ?"
                        + " and role = 'GROUP_LEAD'", Long.class, accountId(lead)) == 1);
    }

    /** A group and its lead. */
    public record LedGroup(long id, String lead) {
    }

    /** Fresh people of the network in a fresh private {@link Circle}; nobody is signed in afterwards. */
    public Circle circle(String groupName, Network network, String leadName, String memberName,
            String outsiderName) {
        return circle(groupName, network, GroupVisibility.PRIVATE, leadName, memberName, outsiderName);
    }

    /** Fresh people of the network in a fresh {@link Circle} of this visibility; nobody is signed in afterwards. */
    public Circle circle(String groupName, Network network, GroupVisibility visibility, String leadName,
            String memberName, String outsiderName) {
        String lead = person(leadName, network);
        String member = person(memberName, network);
        String outsider = person(outsiderName, network);
        long group = group(groupName, network, visibility, JoinPolicy.INVITATION, lead);
        addMember(group, lead, member);
        return new Circle(group, lead, member, outsider);
    }

    /** A group of the network with a fresh lead of its own, such as another group beside a test's own. */
    public LedGroup groupLedBy(String leadName, String groupName, Network network, GroupVisibility visibility,
            JoinPolicy policy) {
        String lead = person(leadName, network);
        return new LedGroup(group(groupName, network, visibility, policy, lead), lead);
    }

    /** An active group created by the secretariat with this lead; the caller is signed out afterwards. */
    public long group(String name, Network network, GroupVisibility visibility, JoinPolicy policy, String lead) {
        signIn(SECRETARIAT);
        long id = groups.create(form(name, network, visibility, policy, lead));
        signOut();
        return id;
    }

    public static GroupForm form(String name, Network network, GroupVisibility visibility, JoinPolicy policy,
            String lead) {
        return new GroupForm(name + " " + UUID.randomUUID().toString().substring(0, 6), "To **work** together",
                network, "Terms", "A report", null, visibility, policy, List.of(lead));
    }

    /** Makes the person a member the only way a lead can: the lead invites them and they accept, signed in. */
    public void addMember(long groupId, String lead, String email) {
        signIn(lead);
        membership.invite(groupId, email, Language.ENGLISH);
        signIn(email);
        membership.acceptInvitation(latestInvitation(email));
        signOut();
    }

    /** The secret of the latest group invitation mailed to this address. */
    public String latestInvitation(String email) {
        String body = jdbc.queryForObject("""
                select text_body from outgoing_mail where lower(recipient) = lower(?)
                and template = 'workgroup-invitation' order by id desc limit 1""", String.class, email);
        Matcher m = Pattern.compile("invitation=([A-Za-z0-9_-]+)").matcher(body);
        if (!m.find()) {
            throw new AssertionError("No invitation link in the latest invitation to " + email);
        }
        return m.group(1);
    }

    public String slug(long groupId) {
        return jdbc.queryForObject("select slug from work_group where id = ?", String.class, groupId);
    }

    public void signIn(String email) {
        Accounts.signIn(users, email);
    }

    public void signOut() {
        SecurityContextHolder.clearContext();
    }
}
