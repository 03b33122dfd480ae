package org.healthequity.exchange.casestudy;

/** An author as a case study names them. */
public record AuthorRef(long accountId, String name) {
}
