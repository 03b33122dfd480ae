package org.healthequity.exchange.workgroup;

import java.time.Instant;

import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A message in a thread, kept as cleaned Markdown; deleted posts stay as a tombstone so the thread reads right. */
@Entity
@Table(name = "work_group_post")
class Post {

    static final int BODY_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long threadId;

    private long groupId;

    private long authorId;

    private String body;

    private Instant createdAt;

    private @Nullable Instant editedAt;

    private @Nullable Instant deletedAt;

    private @Nullable Long deletedBy;

    @Version
    private long version;

    protected Post() {
    }

    Post(long threadId, long groupId, long authorId, String body, Instant now) {
        this.threadId = threadId;
        this.groupId = groupId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = now;
    }

    /** Replaces the text; returns the text it replaced, for the history. */
    String edit(String newBody, Instant now) {
        if (deleted()) {
            throw GroupRefusals.notFound();
        }
        String previous = body;
        body = newBody;
        editedAt = now;
        return previous;
    }

    void delete(long by, Instant now) {
        if (deleted()) {
            throw GroupRefusals.notFound();
        }
        deletedAt = now;
        deletedBy = by;
    }

    boolean deleted() {
        return deletedAt != null;
    }

    Long id() {
        return id;
    }

    long threadId() {
        return threadId;
    }

    long groupId() {
        return groupId;
    }

    long authorId() {
        return authorId;
    }

    String body() {
        return body;
    }

    Instant createdAtInstant() {
        return createdAt;
    }

    @Nullable Instant editedAtInstant() {
        return editedAt;
    }

    long version() {
        return version;
    }
}
