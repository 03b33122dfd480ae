package org.healthequity.exchange.search;

/** Content of a type changed in a way search must reflect (published, revised, withdrawn). Published after commit. */
public record SearchableChanged(String type, long contentId) {
}
