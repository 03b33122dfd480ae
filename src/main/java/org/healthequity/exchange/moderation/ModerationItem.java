package org.healthequity.exchange.moderation;

import java.time.Instant;
import java.util.Objects;

import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One item of the queue: a submission waiting for review, or a member's flag on published content. */
@Entity
@Table(name = "moderation_item")
class ModerationItem {

    static final int MAX_REASON = 2000;
    static final int MAX_COMMENT = 4000;
    static final int TITLE_MAX = 300;

    enum Status {
        OPEN, DECIDED, WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    private ItemKind kind;

    private String contentType;

    private long contentId;

    private @Nullable Long revisionId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;
    private @Nullable String network;
    private String language;

    private @Nullable Long authorId;

    private @Nullable Long raisedBy;

    private @Nullable String reason;

    @Enumerated(EnumType.STRING)
    private Status status;

    private @Nullable Long claimedBy;

    private @Nullable Instant claimedAt;

    @Enumerated(EnumType.STRING)
    private @Nullable Decision decision;

    private @Nullable Long decidedBy;

    private @Nullable Instant decidedAt;

    private @Nullable String decisionComment;

    private Instant createdAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected ModerationItem() {
    }

    private ModerationItem(ItemKind kind, ModerationRequest request, @Nullable Long raisedBy, @Nullable String reason,
            Instant now) {
        this.kind = kind;
        this.contentType = request.type();
        this.contentId = request.contentId();
        this.revisionId = request.revisionId();
        this.title = request.title().length() > TITLE_MAX ? request.title().substring(0, TITLE_MAX) : request.title();
        this.network = request.network();
        this.language = request.language();
        this.authorId = request.authorId();
        this.raisedBy = raisedBy;
        this.reason = reason;
        this.status = Status.OPEN;
        this.createdAt = now;
    }

    static ModerationItem review(ModerationRequest request, Instant now) {
        return new ModerationItem(ItemKind.REVIEW, request, request.authorId(), null, now);
    }

    static ModerationItem flag(ModerationRequest request, long raisedBy, String reason, Instant now) {
        return new ModerationItem(ItemKind.FLAG, request, raisedBy, reason, now);
    }

    void claim(long moderatorId, Instant now) {
        requireOpen();
        if (claimedBy != null && claimedBy != moderatorId) {
            throw new Refused("moderation.claimed-by-other");
        }
        claimedBy = moderatorId;
        claimedAt = now;
    }

    void release(long moderatorId) {
        requireOpen();
        if (claimedBy != null && claimedBy != moderatorId) {
            throw new Refused("moderation.claimed-by-other");
        }
        claimedBy = null;
        claimedAt = null;
    }

    void decide(Decision decision, @Nullable String comment, long moderatorId, Instant now) {
        requireOpen();
        if (claimedBy != null && claimedBy != moderatorId) {
            throw new Refused("moderation.claimed-by-other");
        }
        if (!decision.appliesTo(kind)) {
            throw new Refused("moderation.decision-not-allowed");
        }
        String trimmed = comment == null ? "" : comment.strip();
        if (decision.needsComment() && trimmed.isEmpty()) {
            throw new Refused("moderation.comment-required");
        }
        if (trimmed.length() > MAX_COMMENT) {
            throw new Refused("moderation.comment-too-long");
        }
        this.status = Status.DECIDED;
        this.decision = decision;
        this.decidedBy = moderatorId;
        this.decidedAt = now;
        this.decisionComment = trimmed.isEmpty() ? null : trimmed;
        if (claimedBy == null) {
            claimedBy = moderatorId;
            claimedAt = now;
        }
    }

    void withdraw() {
        if (status == Status.OPEN) {
            status = Status.WITHDRAWN;
        }
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw new Refused("moderation.already-decided");
        }
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    ItemKind kind() {
        return kind;
    }

    String contentType() {
        return contentType;
    }

    long contentId() {
        return contentId;
    }

    @Nullable
    Long revisionId() {
        return revisionId;
    }

    String title() {
        return title;
    }

    @Nullable
    Long authorId() {
        return authorId;
    }

    @Nullable
    Long raisedBy() {
        return raisedBy;
    }

    long version() {
        return version;
    }
}
