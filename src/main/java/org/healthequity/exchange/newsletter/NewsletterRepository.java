package org.healthequity.exchange.newsletter;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface NewsletterRepository extends JpaRepository<Newsletter, Long> {

    /**
     * The newsletter with its row locked until the transaction ends: a batch of the sending job and a stop take turns,
     * so a stop waits for the batch under way and no batch starts on a stopped newsletter.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from Newsletter n where n.id = :id")
    Optional<Newsletter> lockById(long id);

    List<Newsletter> findByStatusOrderById(NewsletterStatus status);

    /** The language versions of the sent newsletters: the documents search should hold for them. */
    @Query("select count(t) from Newsletter n join n.texts t where n.status = :status")
    long countTexts(NewsletterStatus status);
}
