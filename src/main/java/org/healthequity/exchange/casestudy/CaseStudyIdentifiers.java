package org.healthequity.exchange.casestudy;

import java.util.Optional;

import org.healthequity.exchange.shared.security.StaffOnly;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identifiers the secretariat gives a case study on the organisation's behalf (a DOI registered for it). Authors
 * never set them: they are not part of a revision, and only the staff may call this service.
 */
@Service
public class CaseStudyIdentifiers {

    private final CaseStudyRepository caseStudies;

    CaseStudyIdentifiers(CaseStudyRepository caseStudies) {
        this.caseStudies = caseStudies;
    }

    /**
     * Sets (or, when blank, removes) the case study's DOI, normalised; refused on {@code doi} when it is no DOI.
     *
     * @return the DOI as stored, or null when removed
     */
    @StaffOnly
    @Transactional
    public @Nullable String setDoi(long caseStudyId, DoiForm form) {
        String typed = form.doi();
        String doi = null;
        if (!typed.isBlank()) {
            Optional<String> normalised = Doi.normalise(typed);
            if (normalised.isEmpty()) {
                throw new Refused("doi", "case-study.doi.invalid");
            }
            doi = normalised.get();
        }
        CaseStudy caseStudy = caseStudies.lockById(caseStudyId).orElseThrow(CaseStudy::notAllowed);
        caseStudy.identifyBy(doi);
        return doi;
    }
}
