package org.healthequity.exchange.workgroup;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A discussion in a group: a title, its opening post and replies; leads pin announcements. */
@Entity
@Table(name = "work_group_thread")
class DiscussionThread {

    static final int TITLE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long groupId;

    private String title;

    private long authorId;

    private boolean pinned;

    private Instant createdAt;

    private Instant lastPostAt;

    private @Nullable Instant deletedAt;

    @Version
    private long version;

    protected DiscussionThread() {
    }

    DiscussionThread(long groupId, String title, long authorId, Instant now) {
        this.groupId = groupId;
        this.title = title.strip();
        this.authorId = authorId;
        this.createdAt = now;
        this.lastPostAt = now;
    }

    void replied(Instant now) {
        lastPostAt = now;
    }

    void pin(boolean pinned) {
        this.pinned = pinned;
    }

    void delete(Instant now) {
        deletedAt = now;
    }

    boolean deleted() {
        return deletedAt != null;
    }

    Long id() {
        return id;
    }

    long groupId() {
        return groupId;
    }

    String title() {
        return title;
    }

    long authorId() {
        return authorId;
    }

    Instant lastPostAt() {
        return lastPostAt;
    }

    boolean pinned() {
        return pinned;
    }
}
