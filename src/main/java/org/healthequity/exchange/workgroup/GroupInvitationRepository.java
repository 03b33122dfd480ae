package org.healthequity.exchange.workgroup;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface GroupInvitationRepository extends JpaRepository<GroupInvitation, Long> {

    Optional<GroupInvitation> findByTokenHash(String tokenHash);
}
