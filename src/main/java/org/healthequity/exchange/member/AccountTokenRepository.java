package org.healthequity.exchange.member;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    /** Locks the token so two clicks on the same link cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from AccountToken t where t.tokenHash = :hash and t.purpose = :purpose")
    Optional<AccountToken> findForUse(String hash, TokenPurpose purpose);

    /** Issuing a new token voids the older unused ones of the same purpose. */
    @Modifying
    @Query("update AccountToken t set t.usedAt = :now where t.accountId = :accountId and t.purpose = :purpose and t.usedAt is null")
    int voidOpen(long accountId, TokenPurpose purpose, Instant now);
}
