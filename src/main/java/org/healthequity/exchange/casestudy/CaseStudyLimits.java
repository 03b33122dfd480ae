package org.healthequity.exchange.casestudy;

/** Length limits shared by the entities, the forms and the migration. */
public final class CaseStudyLimits {

    public static final int TITLE = 200;
    public static final int LONG_TEXT = 20_000;
    public static final int CONTACTS = 1000;
    public static final int LINKS = 4000;
    public static final int FILE_NAME = 200;
    /** A DOI as stored, normalised (the migration's column). */
    public static final int DOI = 200;
    public static final int MAX_COUNTRIES = 20;
    public static final int MAX_AUTHORS = 10;
    public static final int MAX_ATTACHMENTS = 10;
    /** All attachments one person has uploaded (older versions keep theirs, so removing one frees nothing). */
    public static final long MAX_ATTACHMENT_BYTES_PER_PERSON = 200L * 1024 * 1024;
    public static final int FIRST_YEAR = 1950;
    public static final int LAST_YEAR = 2100;

    private CaseStudyLimits() {
    }
}
