package org.healthequity.exchange.consultation;

import java.time.Instant;

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

/**
 * A consultation and its rules in time: a DRAFT is edited by the secretariat; once PUBLISHED it takes contributions
 * from its opening to its closing time (on the server's clock, never the browser's), and may be closed early. Whether
 * contributors are anonymised is fixed once anyone has contributed.
 */
@Entity
@Table(name = "consultation")
class Consultation {

    enum Status {
        DRAFT, PUBLISHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = ConsultationLimits.TITLE)
    private String title;

    @Column(nullable = false, length = ConsultationLimits.QUESTION)
    private String question;

    @Column(nullable = false, length = ConsultationLimits.BACKGROUND)
    private String background;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsultationScope scope;

    private @Nullable String network;

    private @Nullable Long groupId;

    private boolean anonymous;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private Instant opensAt;

    @Column(nullable = false)
    private Instant closesAt;

    private @Nullable Instant closingNoticeAt;

    private @Nullable Long createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Consultation() {
    }

    Consultation(@Nullable Long createdBy, Instant now) {
        this.createdBy = createdBy;
        this.status = Status.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Takes the secretariat's checked form. A closed consultation stays as it closed; the anonymity declared stays once
     * contributions exist (their authors wrote under it); a published one keeps its opening time once it has opened.
     */
    void edit(ConsultationForm form, boolean hasContributions, Instant now) {
        if (status == Status.PUBLISHED && !closesAt.isAfter(now)) {
            throw new Refused("consultation.problem.closed");
        }
        if (hasContributions && form.anonymous() != anonymous) {
            throw new Refused("anonymous", "consultation.problem.anonymity-fixed");
        }
        Instant opens = form.opensAt();
        Instant closes = form.closesAt();
        if (opens == null || closes == null) {
            throw new IllegalArgumentException("checked forms carry both times");
        }
        if (status == Status.PUBLISHED && !opensAt.isAfter(now) && !opens.equals(opensAt)) {
            throw new Refused("opensAt", "consultation.problem.already-open");
        }
        title = form.title();
        question = form.question();
        background = form.background();
        scope = form.scope();
        Network chosen = form.network();
        network = scope == ConsultationScope.NETWORK && chosen != null ? chosen.name() : null;
        groupId = scope == ConsultationScope.GROUP ? form.groupId() : null;
        anonymous = form.anonymous();
        opensAt = opens;
        closesAt = closes;
        updatedAt = now;
    }

    /** Shown to its participants; it must still have a time to take contributions. */
    void publish(Instant now) {
        if (status != Status.DRAFT) {
            throw new Refused("consultation.problem.not-draft");
        }
        if (!closesAt.isAfter(now)) {
            throw new Refused("closesAt", "consultation.problem.time-passed");
        }
        status = Status.PUBLISHED;
        updatedAt = now;
    }

    /** Closed early by the secretariat: no contribution is taken from now on. */
    void close(Instant now) {
        if (phase(now) != ConsultationPhase.OPEN) {
            throw new Refused("consultation.problem.not-open");
        }
        closesAt = now;
        updatedAt = now;
    }

    /** The job told the participants that it closes soon. */
    void closingNoticeSent(Instant now) {
        closingNoticeAt = now;
    }

    ConsultationPhase phase(Instant now) {
        if (status == Status.DRAFT) {
            return ConsultationPhase.DRAFT;
        }
        if (now.isBefore(opensAt)) {
            return ConsultationPhase.UPCOMING;
        }
        return now.isBefore(closesAt) ? ConsultationPhase.OPEN : ConsultationPhase.CLOSED;
    }

    /** Refuses a contribution outside the open time: before the opening, after the close, or while a draft. */
    void requireOpen(Instant now) {
        switch (phase(now)) {
            case OPEN -> {
            }
            case CLOSED -> throw new Refused("body", "consultation.problem.closed");
            default -> throw new Refused("body", "consultation.problem.not-open-yet");
        }
    }

    long id() {
        return id == null ? 0 : id;
    }

    String title() {
        return title;
    }

    String question() {
        return question;
    }

    String background() {
        return background;
    }

    ConsultationScope scope() {
        return scope;
    }

    @Nullable Network network() {
        return network == null ? null : Network.valueOf(network);
    }

    @Nullable Long groupId() {
        return groupId;
    }

    boolean anonymous() {
        return anonymous;
    }

    Status status() {
        return status;
    }

    Instant opensAt() {
        return opensAt;
    }

    Instant closesAt() {
        return closesAt;
    }

    @Nullable Instant closingNoticeAt() {
        return closingNoticeAt;
    }

    long version() {
        return version;
    }
}
