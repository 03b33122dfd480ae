package org.healthequity.exchange.notification;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface OutgoingMailRepository extends JpaRepository<OutgoingMail, Long> {

    /** Claims due messages; a second sender running at the same time skips them instead of sending them twice. */
    @NativeQuery("""
            select * from outgoing_mail
            where status = 'QUEUED' and next_attempt_at <= :now
            order by next_attempt_at, id
            limit :limit
            for update skip locked
            """)
    List<OutgoingMail> claimDue(Instant now, int limit);

    @Query("select m from OutgoingMail m where (:status is null or m.status = :status)")
    Page<OutgoingMail> findByStatus(@Nullable MailStatus status, Pageable pageable);

    long countByStatus(MailStatus status);

    /** Locks the waiting messages of a recipient, so a sender cannot send one while it is being withdrawn. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from OutgoingMail m where lower(m.recipient) = lower(:recipient) and m.status = 'QUEUED'")
    List<OutgoingMail> findQueuedFor(String recipient);

    /** When the oldest message in the status was written (the mail queue's age, for the metrics). */
    @Query("select min(m.createdAt) from OutgoingMail m where m.status = :status")
    @Nullable
    Instant oldestCreatedAt(MailStatus status);
}
