package org.healthequity.exchange.consultation;

/** A sub-question in its place. */
public record SubQuestionView(long id, int position, String text) {
}
