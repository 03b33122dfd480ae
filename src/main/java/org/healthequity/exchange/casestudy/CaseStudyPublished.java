package org.healthequity.exchange.casestudy;

/** A version of a case study went live (first publication or an approved revision). */
public record CaseStudyPublished(long caseStudyId, long revisionId) {
}
