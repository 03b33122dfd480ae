package org.healthequity.exchange.moderation;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * An item for the queue, described by the module that owns the content.
 *
 * @param type the {@link ModeratedContent#type()} of the content
 * @param revisionId the revision under review, if the content has revisions
 * @param title plain text, shown in the queue and in mail
 * @param network the network the content belongs to, if any
 * @param language the language code of the content
 * @param authorId the account that receives the decision
 */
@NamedInterface("api")
public record ModerationRequest(String type, long contentId, @Nullable Long revisionId, String title,
        @Nullable String network, String language, long authorId) {
}
