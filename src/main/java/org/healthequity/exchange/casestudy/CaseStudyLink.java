package org.healthequity.exchange.casestudy;

/** Another case study linked from a page: a translation or a related one. */
public record CaseStudyLink(long id, String title, String language) {
}
