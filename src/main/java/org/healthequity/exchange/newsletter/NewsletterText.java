package org.healthequity.exchange.newsletter;

import org.healthequity.exchange.shared.i18n.Language;

/** One language's version of a newsletter: a plain subject line and a Markdown body. */
public record NewsletterText(Language language, String subject, String body) {

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 20_000;
}
