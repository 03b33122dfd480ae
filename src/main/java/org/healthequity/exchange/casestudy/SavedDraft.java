package org.healthequity.exchange.casestudy;

/** The outcome of saving a draft: the case study (new on the first save) and the draft's version to save against. */
public record SavedDraft(long caseStudyId, long revisionId, long version) {
}
