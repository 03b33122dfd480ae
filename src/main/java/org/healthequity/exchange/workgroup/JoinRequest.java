package org.healthequity.exchange.workgroup;

import java.time.Instant;

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

/** A person's request to join a group whose leads approve members. */
@Entity
@Table(name = "work_group_join_request")
class JoinRequest {

    enum Status {
        PENDING, APPROVED, DECLINED, WITHDRAWN
    }

    static final int MESSAGE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long groupId;

    private long accountId;

    private String message;

    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;

    private Instant createdAt;

    private @Nullable Long decidedBy;

    private @Nullable Instant decidedAt;

    @Version
    private long version;

    protected JoinRequest() {
    }

    JoinRequest(long groupId, long accountId, String message, Instant now) {
        this.groupId = groupId;
        this.accountId = accountId;
        this.message = message.strip();
        this.createdAt = now;
    }

    void decide(boolean approve, long lead, Instant now) {
        if (status != Status.PENDING) {
            throw new Refused("workgroup.problem.status-changed");
        }
        status = approve ? Status.APPROVED : Status.DECLINED;
        decidedBy = lead;
        decidedAt = now;
    }

    Long id() {
        return id;
    }

    long groupId() {
        return groupId;
    }

    long accountId() {
        return accountId;
    }

    String message() {
        return message;
    }

    Instant createdAt() {
        return createdAt;
    }
}
