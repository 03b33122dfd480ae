package org.healthequity.exchange.casestudy;

/** The draft was saved elsewhere (another tab, a co-author) since it was loaded; the form keeps what was typed. */
public class CaseStudyConflict extends RuntimeException {

    public CaseStudyConflict() {
        super("The case study changed since it was loaded");
    }
}
