package org.healthequity.exchange.casestudy;

import org.springframework.modulith.NamedInterface;

/** The outcome of saving a draft: the case study (new on the first save) and the draft's version to save against. */
@NamedInterface("api")
public record SavedDraft(long caseStudyId, long revisionId, long version) {
}
