package org.healthequity.exchange.opencall;

import java.time.Instant;
import java.time.ZoneId;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.validation.Refused;
import org.hibernate.annotations.ColumnTransformer;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A call for applications of one network and cycle. */
@Entity
@Table(name = "open_call")
class OpenCall {

    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Network network;

    private int cycle;

    @Enumerated(EnumType.STRING)
    private CallStatus status = CallStatus.DRAFT;

    private String title;
    private String description = "";
    private String terms = "";

    private @Nullable String termsPdf;

    private String timeZone;

    private Instant opensAt;

    private Instant closesAt;

    @Convert(converter = JsonColumns.DefinitionConverter.class)
    @ColumnTransformer(write = "?::jsonb")
    @Column(columnDefinition = "jsonb")
    private CallDefinition definition;

    private @Nullable Long clonedFrom;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected OpenCall() {
    }

    OpenCall(Network network, int cycle, @Nullable Long clonedFrom, Instant now) {
        this.network = network;
        this.cycle = cycle;
        this.clonedFrom = clonedFrom;
        this.createdAt = now;
        this.updatedAt = now;
        this.definition = CallDefinition.empty();
    }

    /** Applies a checked form: the configuration only while a draft, the texts and dates until decided. */
    void update(CallForm form, Instant opens, Instant closes, Instant now) {
        if (status == CallStatus.DECIDED || status == CallStatus.ARCHIVED) {
            throw new Refused("", "opencall.problem.call-finished");
        }
        if (status != CallStatus.DRAFT && !form.definition().equals(definition)) {
            throw new Refused("definition", "opencall.problem.definition-locked");
        }
        if (status != CallStatus.DRAFT && (form.network() != network || form.cycle() != cycle)) {
            throw new Refused("network", "opencall.problem.definition-locked");
        }
        this.network = form.network();
        this.cycle = form.cycle();
        this.title = form.title().strip();
        this.description = form.description().strip();
        this.terms = form.terms().strip();
        this.timeZone = form.timeZone();
        this.opensAt = opens;
        this.closesAt = closes;
        this.definition = form.definition();
        this.updatedAt = now;
    }

    void open(Instant now) {
        require(CallStatus.DRAFT);
        if (definition.questions().isEmpty()) {
            throw new Refused("questions", "opencall.problem.no-questions");
        }
        if (definition.rubric().isEmpty()) {
            throw new Refused("rubric", "opencall.problem.no-rubric");
        }
        if (!closesAt.isAfter(now)) {
            throw new Refused("closes", "opencall.problem.closes-in-past");
        }
        status = CallStatus.OPEN;
        updatedAt = now;
    }

    void close(Instant now) {
        require(CallStatus.OPEN);
        status = CallStatus.CLOSED;
        if (closesAt.isAfter(now)) {
            closesAt = now;
            if (!opensAt.isBefore(closesAt)) {
                opensAt = closesAt.minusMillis(1);
            }
        }
        updatedAt = now;
    }

    void markDecided(long undecided, Instant now) {
        require(CallStatus.CLOSED);
        if (undecided > 0) {
            throw new Refused("", "opencall.problem.undecided", undecided);
        }
        status = CallStatus.DECIDED;
        updatedAt = now;
    }

    void archive(Instant now) {
        require(CallStatus.DECIDED);
        status = CallStatus.ARCHIVED;
        updatedAt = now;
    }

    private void require(CallStatus expected) {
        if (status != expected) {
            throw new Refused("", "opencall.problem.wrong-call-status", status.name());
        }
    }

    /** The deadline includes its last millisecond: a submission stamped exactly at the closing instant is in time. */
    boolean acceptsSubmissionsAt(Instant now) {
        return status == CallStatus.OPEN && !now.isBefore(opensAt) && !now.isAfter(closesAt);
    }

    void termsPdf(@Nullable String path) {
        this.termsPdf = path;
    }

    Long id() {
        return id;
    }

    Network network() {
        return network;
    }

    int cycle() {
        return cycle;
    }

    CallStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    String terms() {
        return terms;
    }

    @Nullable String termsPdf() {
        return termsPdf;
    }

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    Instant opensAt() {
        return opensAt;
    }

    Instant closesAt() {
        return closesAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    CallDefinition definition() {
        return definition;
    }

    @Nullable Long clonedFrom() {
        return clonedFrom;
    }

    long version() {
        return version;
    }
}
