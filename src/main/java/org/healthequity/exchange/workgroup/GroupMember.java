package org.healthequity.exchange.workgroup;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person's membership of one group, with their role there and the mail they want about it. */
@Entity
@Table(name = "work_group_member")
class GroupMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long groupId;

    private long accountId;

    @Enumerated(EnumType.STRING)
    private GroupRole role;

    @Enumerated(EnumType.STRING)
    private NotifyMode notify = NotifyMode.DIGEST;

    private Instant joinedAt;

    @Version
    private long version;

    protected GroupMember() {
    }

    GroupMember(long groupId, long accountId, GroupRole role, Instant now) {
        this.groupId = groupId;
        this.accountId = accountId;
        this.role = role;
        this.joinedAt = now;
    }

    void demote() {
        role = GroupRole.MEMBER;
    }

    void promote() {
        role = GroupRole.LEAD;
    }

    void notifyBy(NotifyMode mode) {
        this.notify = mode;
    }

    boolean lead() {
        return role == GroupRole.LEAD;
    }

    long groupId() {
        return groupId;
    }

    long accountId() {
        return accountId;
    }

    GroupRole role() {
        return role;
    }

    NotifyMode notifyMode() {
        return notify;
    }

    Instant joinedAt() {
        return joinedAt;
    }
}
