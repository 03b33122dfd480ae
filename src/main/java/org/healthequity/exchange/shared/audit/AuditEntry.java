package org.healthequity.exchange.shared.audit;

import java.time.Instant;

import org.healthequity.exchange.shared.text.LogText;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Append-only: no setters, and the database refuses updates and deletes. */
@Entity
@Table(name = "audit_event")
class AuditEntry {

    static final int ACTOR_MAX = 320;
    static final int ACTION_MAX = 100;
    static final int TARGET_TYPE_MAX = 60;
    static final int TARGET_ID_MAX = 100;
    static final int DETAILS_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = ACTOR_MAX)
    private String actor;

    @Column(nullable = false, updatable = false, length = ACTION_MAX)
    private String action;

    @Column(updatable = false, length = TARGET_TYPE_MAX)
    private @Nullable String targetType;

    @Column(updatable = false, length = TARGET_ID_MAX)
    private @Nullable String targetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditOutcome outcome;

    @Column(updatable = false, length = DETAILS_MAX)
    private @Nullable String details;

    @SuppressWarnings("NullAway.Init")
    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, String action, @Nullable String targetType,
            @Nullable String targetId, AuditOutcome outcome, @Nullable String details) {
        this.occurredAt = occurredAt;
        this.actor = cut(actor, ACTOR_MAX);
        this.action = cut(action, ACTION_MAX);
        this.targetType = targetType == null ? null : cut(targetType, TARGET_TYPE_MAX);
        this.targetId = targetId == null ? null : cut(targetId, TARGET_ID_MAX);
        this.outcome = outcome;
        this.details = details == null ? null : cut(details, DETAILS_MAX);
    }

    AuditRecord toRecord() {
        return new AuditRecord(id == null ? 0 : id, occurredAt, actor, action, targetType, targetId, outcome, details);
    }

    /** Neutralised before it is cut: a line break typed into a username can never end up in a stored field. */
    private static String cut(String value, int max) {
        String safe = LogText.neutralise(value);
        return safe.length() <= max ? safe : safe.substring(0, max);
    }
}
