package org.healthequity.exchange.workgroup;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkingGroupRepository extends JpaRepository<WorkingGroup, Long> {

    Optional<WorkingGroup> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<WorkingGroup> findByStatusInOrderByNameAsc(Collection<GroupStatus> statuses);

    List<WorkingGroup> findByProposedByOrderByCreatedAtDesc(long proposedBy);
}
