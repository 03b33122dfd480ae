package org.healthequity.exchange.casestudy;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface CaseStudyRepository extends JpaRepository<CaseStudy, Long> {

    /** Loads a case study for a workflow step, holding its row so that concurrent steps run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CaseStudy c where c.id = ?1")
    Optional<CaseStudy> lockById(long id);
}
