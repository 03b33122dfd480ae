package org.healthequity.exchange.casestudy;

import java.time.Instant;
import java.util.List;

import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;

/**
 * A published case study as the open web sees it (citations, metadata, feeds): plain texts, names in the case study's
 * own language, nothing a visitor could not read on its page.
 *
 * @param summary the summary as plain text
 * @param authors the authors' names as the page shows them, in order
 * @param publisher "World Health Organization — network", in the case study's language
 * @param keywords the themes' names in the case study's language
 * @param countries the countries' names in the case study's language
 * @param firstPublishedAt when the first version went live (the date cited)
 * @param publishedAt when the version shown went live (the date modified)
 * @param doi normalised, see {@link Doi}
 */
record PublishedCaseStudy(long id, String title, String summary, Language language, String publisher,
        List<String> authors, List<String> keywords, List<String> countries, Instant firstPublishedAt,
        Instant publishedAt, @Nullable String doi, String url) {
}
