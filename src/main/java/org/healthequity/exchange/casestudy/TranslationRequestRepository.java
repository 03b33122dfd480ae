package org.healthequity.exchange.casestudy;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TranslationRequestRepository extends JpaRepository<TranslationRequest, Long> {

    /** The request for the case study in the language that is not yet published, if any. */
    @Query("select t from TranslationRequest t where t.caseStudyId = ?1 and t.language = ?2"
            + " and t.status in ('OPEN', 'TAKEN')")
    Optional<TranslationRequest> findUnpublished(long caseStudyId, String language);
}
