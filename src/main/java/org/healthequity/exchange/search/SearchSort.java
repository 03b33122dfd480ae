package org.healthequity.exchange.search;

/** How results are ordered. */
public enum SearchSort {
    RELEVANCE, NEWEST
}
