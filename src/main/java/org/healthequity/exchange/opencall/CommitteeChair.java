package org.healthequity.exchange.opencall;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The committee chair of one call: a member of its network's steering committee named by the secretariat. */
@Entity
@Table(name = "call_committee_chair")
class CommitteeChair {

    @Id
    private Long callId;

    private long chairId;

    private long assignedBy;

    private Instant assignedAt;

    @Version
    private long version;

    protected CommitteeChair() {
    }

    CommitteeChair(long callId, long chairId, long assignedBy, Instant now) {
        this.callId = callId;
        name(chairId, assignedBy, now);
    }

    void name(long newChair, long by, Instant now) {
        this.chairId = newChair;
        this.assignedBy = by;
        this.assignedAt = now;
    }

    long callId() {
        return callId;
    }

    long chairId() {
        return chairId;
    }
}
