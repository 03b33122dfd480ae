package org.healthequity.exchange.workgroup;

import java.util.List;
import java.util.UUID;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.support.Accounts;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** People and groups for tests, made through the services as the secretariat and members would. */
public record WorkgroupFixture(WorkingGroups groups, GroupMembership membership, GroupDiscussions discussions,
        UserDetailsService users, JdbcTemplate jdbc) {

    public static final String SECRETARIAT = "secretariat@example.org";

    /** A fresh active member of the network (none for {@code null}), not signed in; returns the address. */
    public String person(String name, @Nullable Network network) {
        String email = name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.net";
        Long id = jdbc.queryForObject("""
                insert into account (email, display_name, password_hash, status, preferred_language, time_zone,
                    created_at, confirmed_at) values (?, ?, '{noop}x', 'ACTIVE', 'en', 'UTC', now(), now())
                returning id""", Long.class, email, name);
        jdbc.update("insert into account_role (account_id, role) values (?, 'MEMBER')", id);
        if (network != null) {
            jdbc.update("""
                    insert into network_membership (account_id, network, role, joined_at)
                    values (?, ?, 'MEMBER', now())""", id, network.name());
        }
        return email;
    }

    public long accountId(String email) {
        return jdbc.queryForObject("select id from account where lower(email) = lower(?)", Long.class, email);
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
        membership.invite(groupId, email, org.healthequity.exchange.shared.i18n.Language.ENGLISH);
        signIn(email);
        membership.acceptInvitation(latestInvitation(email));
        signOut();
    }

    /** The secret of the latest group invitation mailed to this address. */
    public String latestInvitation(String email) {
        String body = jdbc.queryForObject("""
                select text_body from outgoing_mail where lower(recipient) = lower(?)
                and template = 'workgroup-invitation' order by id desc limit 1""", String.class, email);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("invitation=([A-Za-z0-9_-]+)").matcher(body);
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
