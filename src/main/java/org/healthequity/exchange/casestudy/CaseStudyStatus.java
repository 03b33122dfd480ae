package org.healthequity.exchange.casestudy;

import java.util.Locale;

/**
 * Where a case study stands. DRAFT, SUBMITTED, RETURNED and REJECTED are states of one never published yet;
 * PUBLISHED means a reviewed version is live (a revision of it may be under way); RETRACTED was taken down.
 */
public enum CaseStudyStatus {
    DRAFT, SUBMITTED, RETURNED, PUBLISHED, RETRACTED, REJECTED;

    public String messageKey() {
        return "case-study.status." + name().toLowerCase(Locale.ROOT);
    }
}
