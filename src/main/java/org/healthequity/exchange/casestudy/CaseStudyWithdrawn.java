package org.healthequity.exchange.casestudy;

/** A published case study is no longer public (retracted after a flag). */
public record CaseStudyWithdrawn(long caseStudyId) {
}
