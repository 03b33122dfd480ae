package org.healthequity.exchange.consultation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A contribution or reply as the page shows it: the author's name, or in an anonymised consultation no name and the
 * number of a stable pseudonym ("Participant 3", by order of first contribution; 0 when named); sanitized HTML; the
 * moderators' theme tags; its attachments; and the replies under it.
 */
public record ContributionView(long id, @Nullable Long subQuestionId, String author, int participant, String safeHtml,
        Instant postedAt, List<String> themes, List<AttachmentLink> attachments, List<ContributionView> replies) {

    public ContributionView {
        themes = List.copyOf(themes);
        attachments = List.copyOf(attachments);
        replies = List.copyOf(replies);
    }
}
