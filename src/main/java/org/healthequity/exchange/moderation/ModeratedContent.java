package org.healthequity.exchange.moderation;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A kind of content the secretariat moderates, implemented by the module that owns it. The queue calls it inside the
 * decision's transaction, so the content's state and the queue's record change together or not at all.
 */
@NamedInterface("api")
public interface ModeratedContent {

    /** The content type this bean handles, as stored in the queue ("CASE_STUDY"). */
    String type();

    /** The bundle key naming the type for people ("moderation.type.case-study"). */
    String typeMessageKey();

    /** The page where a moderator reads the item under review (a revision, or the published content for a flag). */
    String reviewLink(long contentId, @Nullable Long revisionId);

    /** The public page of the content, for mail to its author. */
    String publicLink(long contentId);

    /** Publishes the revision under review. */
    void approve(long contentId, @Nullable Long revisionId, long moderatorId);

    /**
     * The mail template that tells the author of an approval: "moderation-approved" (published), unless the content
     * still waits for another step after the approval (a case study's national clearance, ADR 0032).
     */
    default String approvalTemplate(long contentId) {
        return "moderation-approved";
    }

    /** Sends the revision back to its authors with the moderator's comments. */
    void returnToAuthor(long contentId, @Nullable Long revisionId, String comment, long moderatorId);

    /** Refuses the revision for good. */
    void reject(long contentId, @Nullable Long revisionId, String reason, long moderatorId);

    /** Takes published content down after a flag was upheld. */
    void retract(long contentId, String reason, long moderatorId);

    /**
     * What the queue shows of published content a member flags; empty when it is not published or the caller may not
     * read it, so that flagging cannot tell hidden content from content that does not exist.
     */
    Optional<ModerationRequest> describePublished(long contentId);
}
