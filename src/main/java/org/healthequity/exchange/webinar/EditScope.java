package org.healthequity.exchange.webinar;

/** What an edit of a webinar in a series changes: this occurrence only, or every occurrence still to come. */
public enum EditScope {
    OCCURRENCE, SERIES
}
