package org.healthequity.exchange.casestudy;

import java.time.Instant;

/**
 * A translation request as the people who may take it see it (ADR 0032).
 *
 * @param caseStudyId the original case study, in {@code fromLanguage}
 * @param language the language asked for
 * @param waiting how many people wait for it (the requester and those who asked for it since)
 * @param takenByMe whether the viewer took it and is writing it
 * @param version what taking it must name, so that the second of two takers is told
 */
public record TranslationRequestItem(long id, long caseStudyId, String title, String fromLanguage, String language,
        Instant requestedAt, int waiting, boolean takenByMe, long version) {
}
