package org.healthequity.exchange.newsletter;

import org.healthequity.exchange.shared.i18n.Language;

/** A newsletter as its recipient reads it: the subject, the plain text and the safe HTML, in one language. */
public record RenderedNewsletter(Language language, String subject, String text, String safeHtml) {
}
