package org.healthequity.exchange.newsletter;

import java.util.List;
import java.util.Optional;

import org.healthequity.exchange.member.AudienceFilter;
import org.healthequity.exchange.shared.i18n.Language;

/**
 * What the secretariat edits: the versions by language (English required, the others optional; a version with an
 * empty subject and body is none) and the audience.
 */
public record NewsletterForm(List<NewsletterText> texts, AudienceFilter audience) {

    public NewsletterForm {
        texts = List.copyOf(texts);
    }

    /** The version in the language, if it was written. */
    public Optional<NewsletterText> text(Language language) {
        return texts.stream().filter(t -> t.language() == language).findFirst();
    }
}
