package org.healthequity.exchange.opencall;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface CallApplicationRepository extends JpaRepository<CallApplication, Long> {

    Optional<CallApplication> findByCallIdAndApplicantId(long callId, long applicantId);

    List<CallApplication> findByApplicantIdOrderByCreatedAtDesc(long applicantId);

    List<CallApplication> findByCallIdAndStatusInOrderByIdAsc(long callId, Collection<ApplicationStatus> statuses);

    long countByCallIdAndStatus(long callId, ApplicationStatus status);

    /** The row locked for the rest of the transaction: concurrent submits of one application run one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from CallApplication a where a.id = ?1")
    Optional<CallApplication> lockById(long id);
}
