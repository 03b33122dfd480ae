package org.healthequity.exchange.newsletter;

import java.time.Instant;
import java.util.List;

import org.healthequity.exchange.shared.i18n.Language;

/** A sent newsletter's page: its text as the recipients read it, and the other languages it was written in. */
public record NewsletterPage(long id, RenderedNewsletter shown, Instant sentAt, List<Language> languages) {
}
