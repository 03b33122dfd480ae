package org.healthequity.exchange.workgroup;

import org.healthequity.exchange.search.SearchableChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells search what changed, in the transaction of the change (search writes it into its change feed before that
 * transaction commits, and every node re-reads the item): a thread, a post, a document, or a whole group whose
 * visibility changed.
 */
@Component
class GroupSearchChanges {

    private final GroupSearchRows rows;
    private final ApplicationEventPublisher events;

    GroupSearchChanges(GroupSearchRows rows, ApplicationEventPublisher events) {
        this.rows = rows;
        this.events = events;
    }

    void thread(long threadId) {
        events.publishEvent(new SearchableChanged(GroupSearchRows.THREAD, threadId));
    }

    void post(long postId) {
        events.publishEvent(new SearchableChanged(GroupSearchRows.POST, postId));
    }

    /** A thread gone (its opening post deleted): the thread and every reply leave search. */
    void threadRemoved(long threadId) {
        events.publishEvent(new SearchableChanged(GroupSearchRows.THREAD, threadId, true));
        rows.postsOf(threadId).forEach(id -> events.publishEvent(new SearchableChanged(GroupSearchRows.POST, id,
                true)));
    }

    void document(long documentId) {
        events.publishEvent(new SearchableChanged(GroupSearchRows.DOCUMENT, documentId));
    }

    /** Who may see the group changed (archived): each of its threads, posts and documents is read again. */
    void group(long groupId) {
        GroupSearchRows.GroupContent content = rows.content(groupId);
        content.threads().forEach(this::thread);
        content.posts().forEach(this::post);
        content.documents().forEach(this::document);
    }
}
