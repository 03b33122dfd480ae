package org.healthequity.exchange.casestudy;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A case study's page for one viewer. The public sees the live version only; its authors and the secretariat also see
 * a case study not (or no longer) published, marked by {@code live == false}.
 *
 * @param live whether the version shown is the published one of a published case study
 * @param workInProgress whether a newer version is being written or reviewed
 * @param mayEdit whether the viewer is one of the authors
 * @param mayModerate whether the viewer is of the secretariat
 * @param doi the secretariat's DOI for the case study (normalised, see {@link Doi}), or null
 */
public record CaseStudyPage(long id, long revisionId, int revisionNumber, CaseStudyStatus status,
        RevisionStatus revisionStatus, boolean live, boolean workInProgress, CaseStudyForm content,
        List<String> regions, List<Attachment> attachments, List<AuthorRef> authors,
        @Nullable CaseStudyLink original, List<CaseStudyLink> translations, List<CaseStudyLink> related,
        @Nullable Instant firstPublishedAt, @Nullable Instant publishedAt, boolean mayEdit, boolean mayModerate,
        @Nullable String doi) {
}
