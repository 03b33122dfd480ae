package org.healthequity.exchange.casestudy;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseStudyRevisionRepository extends JpaRepository<CaseStudyRevision, Long> {

    @Query("select coalesce(max(r.number), 0) from CaseStudyRevision r where r.caseStudyId = ?1")
    int lastNumber(long caseStudyId);

    @Query("select count(r) from CaseStudyRevision r where r.submittedBy = ?1 and r.submittedAt > ?2"
            + " and r.submittedAt <= ?3")
    long countSubmittedBetween(long accountId, Instant since, Instant until);
}
