package org.healthequity.exchange.casestudy;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClearanceRepository extends JpaRepository<Clearance, Long> {

    @Query("select c from Clearance c where c.revisionId = ?1 and c.status = ?2")
    List<Clearance> findByRevision(long revisionId, ClearanceStatus status);

    /** Pending clearances requested before the instant whose delay the secretariat was not yet told of. */
    @Query("select c from Clearance c where c.status = 'PENDING' and c.alertedAt is null and c.requestedAt < ?1"
            + " order by c.requestedAt")
    List<Clearance> overdue(Instant requestedBefore);
}
