package org.healthequity.exchange.casestudy;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A case study loaded into the editor.
 *
 * @param version the version of the working revision, or -1 when saving starts a new revision of the live one
 * @param editable false while the working revision is under review (withdraw it to edit)
 * @param returnComment the moderator's comments when it was returned
 */
public record EditableCaseStudy(long id, CaseStudyForm form, long version, CaseStudyStatus status,
        @Nullable RevisionStatus workingStatus, boolean editable, @Nullable String returnComment,
        List<Attachment> attachments, List<AuthorRef> authors) {
}
