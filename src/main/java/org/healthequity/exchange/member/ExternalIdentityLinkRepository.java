package org.healthequity.exchange.member;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ExternalIdentityLinkRepository extends JpaRepository<ExternalIdentityLink, Long> {

    Optional<ExternalIdentityLink> findByIssuerAndSubject(String issuer, String subject);

    @Modifying
    @Query("delete from ExternalIdentityLink l where l.accountId = :accountId")
    int deleteByAccount(long accountId);
}
