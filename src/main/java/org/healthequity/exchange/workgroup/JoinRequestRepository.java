package org.healthequity.exchange.workgroup;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface JoinRequestRepository extends JpaRepository<JoinRequest, Long> {

    List<JoinRequest> findByGroupIdAndStatusOrderByCreatedAtAsc(long groupId, JoinRequest.Status status);

    Optional<JoinRequest> findByGroupIdAndAccountIdAndStatus(long groupId, long accountId, JoinRequest.Status status);
}
