package org.healthequity.exchange.workgroup;

import java.util.EnumSet;
import java.util.Set;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may see and do what in a group, from the caller's membership of that group (a lead of
 * one group has no rights in another), their networks, and the secretariat's oversight.
 */
@Component
class GroupAccess {

    /** Who is calling: nobody (a visitor), or a person with their networks. */
    record Viewer(@Nullable ExchangeUser user, Set<Network> networks) {

        boolean staff() {
            return user != null && user.isStaff();
        }

        long id() {
            if (user == null) {
                throw GroupRefusals.notFound();
            }
            return user.accountId();
        }
    }

    /** One viewer's standing in one group. */
    record Access(WorkingGroup group, Viewer viewer, @Nullable GroupMember member) {

        /** Sees the space and its content. Archived groups stay findable by their members (and the secretariat). */
        boolean canSee() {
            if (viewer.staff()) {
                return group.status() == GroupStatus.ACTIVE || group.status() == GroupStatus.ARCHIVED;
            }
            if (member != null) {
                return group.status() == GroupStatus.ACTIVE || group.status() == GroupStatus.ARCHIVED;
            }
            if (group.status() != GroupStatus.ACTIVE) {
                return false;
            }
            return switch (group.visibility()) {
                case PUBLIC -> true;
                case NETWORK -> viewer.networks().contains(group.network());
                case PRIVATE -> false;
            };
        }

        boolean canPost() {
            return member != null && group.active();
        }

        boolean canLead() {
            return group.active() && (viewer.staff() || (member != null && member.lead()));
        }

        boolean isLead() {
            return member != null && member.lead();
        }
    }

    private final WorkingGroupRepository groups;
    private final GroupMemberRepository members;
    private final MemberContacts contacts;

    GroupAccess(WorkingGroupRepository groups, GroupMemberRepository members, MemberContacts contacts) {
        this.groups = groups;
        this.members = members;
        this.contacts = contacts;
    }

    Viewer viewer() {
        ExchangeUser user = CurrentUser.get().orElse(null);
        return new Viewer(user, user == null ? EnumSet.noneOf(Network.class) : contacts.myNetworks());
    }

    Access of(WorkingGroup group, Viewer viewer) {
        GroupMember member = viewer.user() == null ? null
                : members.findByGroupIdAndAccountId(group.id(), viewer.user().accountId()).orElse(null);
        return new Access(group, viewer, member);
    }

    /** A group the caller may see; anything else looks as if it did not exist. */
    Access readable(long groupId) {
        Access access = groups.findById(groupId).map(g -> of(g, viewer())).orElseThrow(GroupRefusals::notFound);
        if (!access.canSee()) {
            throw GroupRefusals.notFound();
        }
        return access;
    }

    /** A group the caller may post in: a member while it is active. */
    Access writable(long groupId) {
        Access access = readable(groupId);
        if (!access.group().active()) {
            throw GroupRefusals.readOnly();
        }
        if (!access.canPost()) {
            throw new Refused("workgroup.problem.members-only");
        }
        return access;
    }

    /** A group the caller leads (or oversees as the secretariat) while it is active. */
    Access led(long groupId) {
        Access access = readable(groupId);
        if (!access.group().active()) {
            throw GroupRefusals.readOnly();
        }
        if (!access.canLead()) {
            throw new Refused("workgroup.problem.leads-only");
        }
        return access;
    }
}
