package org.healthequity.exchange.workgroup;

import java.time.Instant;
import java.time.LocalDate;

import org.healthequity.exchange.member.Network;
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

/** A working group of one network: proposed, then active, then archived. */
@Entity
@Table(name = "work_group")
class WorkingGroup {

    static final int NAME_MAX = 120;
    static final int PURPOSE_MAX = 4000;
    static final int TERMS_MAX = 8000;
    static final int DELIVERABLES_MAX = 4000;
    static final int SLUG_MAX = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String name;
    private String purpose;

    @Enumerated(EnumType.STRING)
    private Network network;

    private String terms;
    private String deliverables;

    private @Nullable LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    private GroupVisibility visibility;

    @Enumerated(EnumType.STRING)
    private JoinPolicy joinPolicy;

    @Enumerated(EnumType.STRING)
    private GroupStatus status;

    private long proposedBy;

    private @Nullable Long decidedBy;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected WorkingGroup() {
    }

    WorkingGroup(String slug, GroupForm form, long proposedBy, Instant now) {
        this.slug = slug;
        this.name = form.name().strip();
        this.purpose = form.purpose().strip();
        this.network = form.network();
        this.terms = form.terms().strip();
        this.deliverables = form.deliverables().strip();
        this.endsOn = form.endsOn();
        this.visibility = form.visibility();
        this.joinPolicy = form.joinPolicy();
        this.status = GroupStatus.PROPOSED;
        this.proposedBy = proposedBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The secretariat's approval (or direct creation) opens the space. */
    void approve(long secretariat, Instant now) {
        require(GroupStatus.PROPOSED);
        status = GroupStatus.ACTIVE;
        decidedBy = secretariat;
        updatedAt = now;
    }

    void decline(long secretariat, Instant now) {
        require(GroupStatus.PROPOSED);
        status = GroupStatus.DECLINED;
        decidedBy = secretariat;
        updatedAt = now;
    }

    void archive(Instant now) {
        require(GroupStatus.ACTIVE);
        status = GroupStatus.ARCHIVED;
        updatedAt = now;
    }

    private void require(GroupStatus expected) {
        if (status != expected) {
            throw new Refused("workgroup.problem.status-changed");
        }
    }

    boolean active() {
        return status == GroupStatus.ACTIVE;
    }

    Long id() {
        return id;
    }

    String slug() {
        return slug;
    }

    String name() {
        return name;
    }

    String purpose() {
        return purpose;
    }

    Network network() {
        return network;
    }

    String terms() {
        return terms;
    }

    String deliverables() {
        return deliverables;
    }

    @Nullable LocalDate endsOn() {
        return endsOn;
    }

    GroupVisibility visibility() {
        return visibility;
    }

    JoinPolicy joinPolicy() {
        return joinPolicy;
    }

    GroupStatus status() {
        return status;
    }

    long proposedBy() {
        return proposedBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    long version() {
        return version;
    }
}
