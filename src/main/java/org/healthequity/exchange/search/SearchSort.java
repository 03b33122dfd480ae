package org.healthequity.exchange.search;

import org.springframework.modulith.NamedInterface;

/** How results are ordered. */
@NamedInterface("api")
public enum SearchSort {
    RELEVANCE, NEWEST
}
