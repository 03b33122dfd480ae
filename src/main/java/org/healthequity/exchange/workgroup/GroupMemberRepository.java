package org.healthequity.exchange.workgroup;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface GroupMemberRepository extends JpaRepository<GroupMember, Long> {

    Optional<GroupMember> findByGroupIdAndAccountId(long groupId, long accountId);

    List<GroupMember> findByAccountId(long accountId);

    List<GroupMember> findByGroupIdOrderByRoleAscJoinedAtAsc(long groupId);

    long countByGroupIdAndRole(long groupId, GroupRole role);
}
