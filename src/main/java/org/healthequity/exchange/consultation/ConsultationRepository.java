package org.healthequity.exchange.consultation;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsultationRepository extends JpaRepository<Consultation, Long> {

    /** Published consultations closing between now and the horizon whose participants were not told yet. */
    List<Consultation> findByStatusAndClosingNoticeAtIsNullAndClosesAtBetween(Consultation.Status status,
            Instant from, Instant to);
}
