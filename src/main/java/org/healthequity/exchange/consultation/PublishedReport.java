package org.healthequity.exchange.consultation;

/**
 * The case study a synthesis became: submitted to moderation, or left as the publisher's draft when the library needs
 * what the consultation cannot give (its countries or themes), to finish in the case-study editor.
 */
public record PublishedReport(long caseStudyId, boolean submitted) {
}
