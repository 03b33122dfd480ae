package org.healthequity.exchange.casestudy;

import java.util.Locale;

/** The state of one version of a case study. Every version is kept; only a PUBLISHED one is ever public. */
public enum RevisionStatus {
    DRAFT, SUBMITTED, RETURNED, PUBLISHED, SUPERSEDED, REJECTED, WITHDRAWN;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public String messageKey() {
        return "case-study.revision-status." + name().toLowerCase(Locale.ROOT);
    }
}
