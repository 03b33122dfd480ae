package org.healthequity.exchange.workgroup;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GroupMemberRepository extends JpaRepository<GroupMember, Long> {

    Optional<GroupMember> findByGroupIdAndAccountId(long groupId, long accountId);

    List<GroupMember> findByAccountId(long accountId);

    List<GroupMember> findByGroupIdOrderByRoleAscJoinedAtAsc(long groupId);

    long countByGroupIdAndRole(long groupId, GroupRole role);

    @Query("""
            select count(m) > 0 from GroupMember m, WorkingGroup g
            where g.id = m.groupId and m.accountId = :accountId and m.role = :role and g.status = :status""")
    boolean existsLeadOfGroupIn(long accountId, GroupRole role, GroupStatus status);
}
