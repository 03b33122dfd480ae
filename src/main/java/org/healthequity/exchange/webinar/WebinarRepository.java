package org.healthequity.exchange.webinar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface WebinarRepository extends JpaRepository<Webinar, Long> {

    boolean existsByAudience(Audience audience);

    /**
     * The webinar, locked until the transaction ends: registrations, cancellations and edits of one webinar take
     * turns, so two freed places are never given to the same person and capacity is never exceeded.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from Webinar w where w.id = :id")
    Optional<Webinar> lockById(long id);

    @Query("select w from Webinar w where w.seriesId = :seriesId and w.startsAt > :after and w.id <> :except"
            + " and w.status = 'SCHEDULED' order by w.startsAt")
    List<Webinar> upcomingInSeries(long seriesId, Instant after, long except);
}
