package org.healthequity.exchange.casestudy;

import java.util.List;

/** One version of a case study in full, for its authors and the secretariat. */
public record RevisionContent(long caseStudyId, RevisionInfo info, CaseStudyForm form, List<String> regions,
        List<Attachment> attachments) {
}
