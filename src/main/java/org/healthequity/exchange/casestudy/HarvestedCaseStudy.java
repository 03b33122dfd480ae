package org.healthequity.exchange.casestudy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A published case study as everyone may read it on its public page, for harvesting: its live version as plain text,
 * without the contacts (they may hold e-mail addresses) or anything else that is not on the page.
 *
 * @param sections the template's sections in its order (key → plain text), blank ones left out
 * @param authors the authors' names as the page shows them
 * @param translationOf the original when this is a translation
 * @param translations the other published languages of the same case study (the original included)
 */
public record HarvestedCaseStudy(String title, String language, String network, String summary,
        Map<String, String> sections, List<String> authors, List<String> countries, List<String> regions,
        @Nullable Integer yearFrom, @Nullable Integer yearTo, List<String> themes, List<String> dimensions,
        List<String> sdgTargets, @Nullable Instant firstPublishedAt, @Nullable Instant publishedAt,
        @Nullable Long translationOf, List<CaseStudyLink> translations) {
}
