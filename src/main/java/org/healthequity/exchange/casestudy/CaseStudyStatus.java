package org.healthequity.exchange.casestudy;

import java.util.Locale;

/**
 * Where a case study stands. DRAFT, SUBMITTED, RETURNED, AWAITING_CLEARANCE (approved by the secretariat, waiting for
 * the national clearance of the countries it names, ADR 0032) and REJECTED are states of one never published yet;
 * PUBLISHED means a reviewed version is live (a revision of it may be under way); RETRACTED was taken down.
 */
public enum CaseStudyStatus {
    DRAFT, SUBMITTED, RETURNED, AWAITING_CLEARANCE, PUBLISHED, RETRACTED, REJECTED;

    public String messageKey() {
        return "case-study.status." + name().toLowerCase(Locale.ROOT);
    }
}
