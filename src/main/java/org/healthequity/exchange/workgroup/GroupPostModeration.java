package org.healthequity.exchange.workgroup;

import java.time.Clock;
import java.util.Optional;

import org.healthequity.exchange.moderation.ModeratedContent;
import org.healthequity.exchange.moderation.ModerationRequest;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Group posts in the moderation queue. Posts are never reviewed before they appear, so only flags reach the queue: the
 * secretariat dismisses them or retracts the post (deleted as if by a lead). The queue checked the caller's role.
 */
@Component
class GroupPostModeration implements ModeratedContent {

    private final PostRepository posts;
    private final DiscussionThreadRepository threads;
    private final WorkingGroupRepository groups;
    private final GroupAccess access;
    private final GroupSearchChanges search;
    private final Clock clock;

    GroupPostModeration(PostRepository posts, DiscussionThreadRepository threads, WorkingGroupRepository groups,
            GroupAccess access, GroupSearchChanges search, Clock clock) {
        this.access = access;
        this.search = search;
        this.posts = posts;
        this.threads = threads;
        this.groups = groups;
        this.clock = clock;
    }

    @Override
    public String type() {
        return GroupDiscussions.MODERATION_TYPE;
    }

    @Override
    public String typeMessageKey() {
        return "workgroup.moderation-type";
    }

    @Override
    public String reviewLink(long contentId, @Nullable Long revisionId) {
        return posts.findById(contentId).flatMap(p -> groups.findById(p.groupId())
                .map(g -> "groups/" + g.slug() + "?thread=" + p.threadId())).orElse("groups");
    }

    @Override
    public String publicLink(long contentId) {
        return reviewLink(contentId, null);
    }

    @Override
    public void approve(long contentId, @Nullable Long revisionId, long moderatorId) {
        throw new Refused("moderation.content-changed");
    }

    @Override
    public void returnToAuthor(long contentId, @Nullable Long revisionId, String comment, long moderatorId) {
        throw new Refused("moderation.content-changed");
    }

    @Override
    public void reject(long contentId, @Nullable Long revisionId, String reason, long moderatorId) {
        throw new Refused("moderation.content-changed");
    }

    @Override
    public void retract(long contentId, String reason, long moderatorId) {
        Post post = posts.findById(contentId).filter(p -> !p.deleted())
                .orElseThrow(() -> new Refused("moderation.content-changed"));
        GroupDiscussions.removePost(post, moderatorId, threads, posts, search, clock);
    }

    @Override
    public Optional<ModerationRequest> describePublished(long contentId) {
        return posts.findById(contentId).filter(p -> !p.deleted()).filter(p -> readable(p.groupId()))
                .flatMap(p -> threads.findById(p.threadId())
                .filter(t -> !t.deleted()).flatMap(t -> groups.findById(p.groupId()).map(g ->
                        new ModerationRequest(type(), contentId, null, g.name() + " · " + t.title(),
                                g.network().name(), "en", p.authorId()))));
    }

    /** Whether the caller may read the group's posts: a post of a group hidden from them cannot be flagged. */
    private boolean readable(long groupId) {
        try {
            access.readable(groupId);
            return true;
        } catch (Refused e) {
            return false;
        }
    }
}
