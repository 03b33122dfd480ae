package org.healthequity.exchange.webinar;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WebinarRegistrationRepository extends JpaRepository<WebinarRegistration, Long> {

    Optional<WebinarRegistration> findByWebinarIdAndAccountId(long webinarId, long accountId);

    long countByWebinarIdAndStatus(long webinarId, RegistrationStatus status);

    /** The queue in order: first come, first served. */
    @Query("select r from WebinarRegistration r where r.webinarId = :webinarId and r.status = 'WAITLISTED'"
            + " order by r.registeredAt, r.id")
    List<WebinarRegistration> waitlist(long webinarId);

    @Query("select r from WebinarRegistration r where r.webinarId = :webinarId and r.status <> 'CANCELLED'"
            + " order by r.id")
    List<WebinarRegistration> active(long webinarId);

    @Query("select r from WebinarRegistration r where r.webinarId = :webinarId and r.status = 'REGISTERED'"
            + " order by r.id")
    List<WebinarRegistration> registered(long webinarId);
}
