package org.healthequity.exchange.newsletter;

import java.time.Instant;

import org.healthequity.exchange.shared.i18n.Language;

/** A sent newsletter in the archive, in the viewer's language where a version exists (else English). */
public record ArchivedNewsletter(long id, Language language, String subject, String excerpt, Instant sentAt) {
}
