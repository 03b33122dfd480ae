package org.healthequity.exchange.newsletter;

import java.util.ArrayList;
import java.util.List;

import org.healthequity.exchange.member.AudienceFilter;
import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.Expertise;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.text.RichText;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.shared.validation.Refused.FieldProblem;

/**
 * The rules of a newsletter's form, stated once: English is required; a version has both a subject and a body or is
 * left out; lengths as {@link NewsletterText}; the audience names only values the portal knows. A refused field is
 * named {@code subject-<language>} or {@code body-<language>} (or {@code audience}), as the editor's fields are.
 */
final class NewsletterChecks {

    private NewsletterChecks() {
    }

    /** The form as stored: markup a person pasted removed, blank versions left out; refused when it breaks a rule. */
    static NewsletterForm cleaned(NewsletterForm form, Countries countries) {
        List<FieldProblem> problems = new ArrayList<>();
        List<NewsletterText> texts = new ArrayList<>();
        for (Language language : Language.values()) {
            NewsletterText text = form.text(language).orElse(new NewsletterText(language, "", ""));
            String subject = text.subject().replaceAll("[\\r\\n\\p{Cntrl}]+", " ").strip();
            String body = RichText.clean(text.body());
            if (subject.isEmpty() && body.isEmpty() && language != Language.ENGLISH) {
                continue;
            }
            if (subject.isEmpty()) {
                problems.add(new FieldProblem("subject-" + language.code(), "newsletter.problem.subject-required"));
            } else if (subject.length() > NewsletterText.SUBJECT_MAX) {
                problems.add(new FieldProblem("subject-" + language.code(), "newsletter.problem.too-long",
                        NewsletterText.SUBJECT_MAX));
            }
            if (body.isEmpty()) {
                problems.add(new FieldProblem("body-" + language.code(), "newsletter.problem.body-required"));
            } else if (body.length() > NewsletterText.BODY_MAX) {
                problems.add(new FieldProblem("body-" + language.code(), "newsletter.problem.too-long",
                        NewsletterText.BODY_MAX));
            }
            texts.add(new NewsletterText(language, subject, body));
        }
        AudienceFilter audience = form.audience();
        boolean known = Countries.REGIONS.containsAll(audience.regions())
                && audience.expertise().stream().allMatch(Expertise::isValid)
                && audience.countries().stream().allMatch(c -> countries.find(c, Language.ENGLISH).isPresent());
        if (!known) {
            problems.add(new FieldProblem("audience", "newsletter.problem.audience-unknown"));
        }
        Refused.throwIfAny(problems);
        return new NewsletterForm(texts, audience);
    }
}
