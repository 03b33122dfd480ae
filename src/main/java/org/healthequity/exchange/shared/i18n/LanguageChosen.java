package org.healthequity.exchange.shared.i18n;

/** A signed-in person picked a language in the header; the member module remembers it in their account. */
public record LanguageChosen(String username, Language language) {
}
