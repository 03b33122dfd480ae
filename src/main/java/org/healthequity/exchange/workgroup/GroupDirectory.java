package org.healthequity.exchange.workgroup;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.security.Role;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;

/**
 * What other modules may ask about groups, by id: who belongs to a group, which groups a person leads. The webinars
 * module uses it for a group's meetings; it answers with ids and names only, never a group's content.
 */
@Service
@NamedInterface("api")
public class GroupDirectory {

    private static final Set<GroupStatus> LIVE = EnumSet.of(GroupStatus.ACTIVE, GroupStatus.ARCHIVED);

    private final WorkingGroupRepository groups;
    private final GroupMemberRepository members;

    GroupDirectory(WorkingGroupRepository groups, GroupMemberRepository members) {
        this.groups = groups;
        this.members = members;
    }

    /** The live groups the signed-in person belongs to (none for a visitor). */
    @PermitAll
    @Transactional(readOnly = true)
    public List<Long> myGroupIds() {
        return CurrentUser.get().map(me -> {
            List<Long> ids = members.findByAccountId(me.accountId()).stream().map(GroupMember::groupId).toList();
            return groups.findAllById(ids).stream().filter(g -> LIVE.contains(g.status())).map(WorkingGroup::id)
                    .map(Long::longValue).toList();
        }).orElse(List.of());
    }

    /**
     * The active groups the signed-in person may schedule meetings for: those they lead, or every active group for the
     * secretariat and administrators.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<GroupOption> groupsIMayOrganise() {
        ExchangeUser me = CurrentUser.require();
        boolean staff = me.isStaff();
        List<WorkingGroup> active = groups.findByStatusInOrderByNameAsc(EnumSet.of(GroupStatus.ACTIVE));
        return active.stream().filter(g -> staff || leads(me.accountId(), g.id()))
                .map(g -> new GroupOption(g.id(), g.slug(), g.name())).toList();
    }

    /** Whether the signed-in person leads this group while it is active (the secretariat's oversight not included). */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean iLead(long groupId) {
        return CurrentUser.get().filter(me -> me.hasRole(Role.GROUP_LEAD))
                .map(me -> groups.findById(groupId).filter(WorkingGroup::active).isPresent()
                        && leads(me.accountId(), groupId))
                .orElse(false);
    }

    /** Whether a person belongs to a live group. */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean isMember(long groupId, long accountId) {
        return live(groupId) && members.findByGroupIdAndAccountId(groupId, accountId).isPresent();
    }

    /** The account ids of a live group's members (counts and mail only: other modules never show the list). */
    @PermitAll
    @Transactional(readOnly = true)
    public List<Long> memberIds(long groupId) {
        if (!live(groupId)) {
            return List.of();
        }
        return members.findByGroupIdOrderByRoleAscJoinedAtAsc(groupId).stream().map(GroupMember::accountId).toList();
    }

    /** A live group's id, address and name. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<GroupOption> group(long groupId) {
        return groups.findById(groupId).filter(g -> LIVE.contains(g.status()))
                .map(g -> new GroupOption(g.id(), g.slug(), g.name()));
    }

    /** The live groups among these ids, in one query (a page of items that name their group). */
    @PermitAll
    @Transactional(readOnly = true)
    public List<GroupOption> groups(Collection<Long> groupIds) {
        return groupIds.isEmpty() ? List.of() : groups.findAllById(groupIds).stream()
                .filter(g -> LIVE.contains(g.status())).map(g -> new GroupOption(g.id(), g.slug(), g.name())).toList();
    }

    private boolean leads(long accountId, long groupId) {
        return members.findByGroupIdAndAccountId(groupId, accountId).map(GroupMember::lead).orElse(false);
    }

    private boolean live(long groupId) {
        return groups.findById(groupId).map(g -> LIVE.contains(g.status())).orElse(false);
    }
}
