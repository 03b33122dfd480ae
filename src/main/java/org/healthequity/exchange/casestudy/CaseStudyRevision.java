package org.healthequity.exchange.casestudy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.validation.Refused;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
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

/** One version of a case study's text and metadata. Once submitted it is never changed again, only its status. */
@Entity
@Table(name = "case_study_revision")
class CaseStudyRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long caseStudyId;

    private int number;

    @Enumerated(EnumType.STRING)
    private RevisionStatus status;

    private String language;
    private String network;
    private String title;
    private String summary;
    private String objectives;
    private String context;
    private String stakeholders;
    private String implementation;
    private String results;

    private String enablingFactors;

    private String sustainability;

    private String lessonsLearned;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] countries;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] regions;

    private @Nullable Integer yearFrom;

    private @Nullable Integer yearTo;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] themes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] dimensions;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] sdgTargets;

    private String contacts;
    private String links;

    private @Nullable Long createdBy;

    private Instant createdAt;

    private Instant updatedAt;

    private @Nullable Long submittedBy;

    private @Nullable Instant submittedAt;

    private @Nullable Instant decidedAt;

    private @Nullable String decisionComment;

    private int attachmentChanges;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected CaseStudyRevision() {
    }

    CaseStudyRevision(long caseStudyId, int number, CaseStudyForm form, List<String> regions, long createdBy,
            Instant now) {
        this.caseStudyId = caseStudyId;
        this.number = number;
        this.status = RevisionStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
        write(form, regions, now);
    }

    /** The next version, starting as a draft with this one's content. */
    CaseStudyRevision next(int nextNumber, List<Long> coAuthors, long createdBy, Instant now) {
        return new CaseStudyRevision(caseStudyId, nextNumber, toForm(coAuthors), List.of(regions), createdBy, now);
    }

    void update(CaseStudyForm form, List<String> regions, Instant now) {
        if (!status.editable()) {
            throw new Refused("", "case-study.not-editable");
        }
        write(form, regions, now);
    }

    void submit(long by, Instant now) {
        if (!status.editable()) {
            throw CaseStudy.notAllowed();
        }
        status = RevisionStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = now;
        decisionComment = null;
        decidedAt = null;
    }

    void withdraw(Instant now) {
        require(RevisionStatus.SUBMITTED);
        status = RevisionStatus.DRAFT;
        updatedAt = now;
    }

    void publish(Instant now) {
        require(RevisionStatus.SUBMITTED);
        status = RevisionStatus.PUBLISHED;
        decidedAt = now;
    }

    /** Approved by the secretariat; each country with a focal point it names must now clear it (ADR 0032). */
    void awaitClearance(Instant now) {
        require(RevisionStatus.SUBMITTED);
        status = RevisionStatus.AWAITING_CLEARANCE;
        decidedAt = now;
    }

    /** The last country cleared it: it goes live. */
    void publishCleared(Instant now) {
        require(RevisionStatus.AWAITING_CLEARANCE);
        status = RevisionStatus.PUBLISHED;
        decidedAt = now;
    }

    /** A focal point asked for changes: back to the authors with the comments, like a moderator's return. */
    void returnFromClearance(String comment, Instant now) {
        require(RevisionStatus.AWAITING_CLEARANCE);
        status = RevisionStatus.RETURNED;
        decisionComment = comment;
        decidedAt = now;
    }

    void supersede() {
        require(RevisionStatus.PUBLISHED);
        status = RevisionStatus.SUPERSEDED;
    }

    void returnToAuthor(String comment, Instant now) {
        require(RevisionStatus.SUBMITTED);
        status = RevisionStatus.RETURNED;
        decisionComment = comment;
        decidedAt = now;
    }

    void reject(String reason, Instant now) {
        require(RevisionStatus.SUBMITTED);
        status = RevisionStatus.REJECTED;
        decisionComment = reason;
        decidedAt = now;
    }

    /** A draft given up when its case study is retracted while a revision was being written. */
    void abandon(Instant now) {
        if (status == RevisionStatus.SUBMITTED || status.editable()) {
            status = RevisionStatus.WITHDRAWN;
            updatedAt = now;
        }
    }

    /** Marks a change to the draft that is not in its own columns (an attachment), so concurrent editors notice. */
    void touch(Instant now) {
        if (!status.editable()) {
            throw new Refused("", "case-study.not-editable");
        }
        updatedAt = now;
        attachmentChanges++;
    }

    private void require(RevisionStatus expected) {
        if (status != expected) {
            throw CaseStudy.notAllowed();
        }
    }

    private void write(CaseStudyForm form, List<String> regions, Instant now) {
        this.language = form.language().code();
        this.network = form.network().name();
        this.title = form.title();
        this.summary = form.section("summary");
        this.objectives = form.section("objectives");
        this.context = form.section("context");
        this.stakeholders = form.section("stakeholders");
        this.implementation = form.section("implementation");
        this.results = form.section("results");
        this.enablingFactors = form.section("enablingFactors");
        this.sustainability = form.section("sustainability");
        this.lessonsLearned = form.section("lessonsLearned");
        this.countries = form.countries().toArray(String[]::new);
        this.regions = regions.toArray(String[]::new);
        this.yearFrom = form.yearFrom();
        this.yearTo = form.yearTo();
        this.themes = form.themes().toArray(String[]::new);
        this.dimensions = form.dimensions().toArray(String[]::new);
        this.sdgTargets = form.sdgTargets().toArray(String[]::new);
        this.contacts = form.contacts();
        this.links = form.links();
        this.updatedAt = now;
    }

    CaseStudyForm toForm(List<Long> coAuthors) {
        return new CaseStudyForm(Network.valueOf(network), Language.ofCode(language).orElse(Language.ENGLISH), title,
                sections(), List.of(countries), yearFrom, yearTo, List.of(themes), List.of(dimensions),
                List.of(sdgTargets), contacts, links, coAuthors);
    }

    /** The template's sections as stored, one column each (see {@link CaseStudyTemplate.Section#column()}). */
    private Map<String, String> sections() {
        return Map.of("summary", summary, "objectives", objectives, "context", context, "stakeholders", stakeholders,
                "implementation", implementation, "results", results, "enablingFactors", enablingFactors,
                "sustainability", sustainability, "lessonsLearned", lessonsLearned);
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    long caseStudyId() {
        return caseStudyId;
    }

    int number() {
        return number;
    }

    RevisionStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    String network() {
        return network;
    }

    String language() {
        return language;
    }

    List<String> countries() {
        return List.of(countries);
    }

    @Nullable
    String decisionComment() {
        return decisionComment;
    }

    long version() {
        return version;
    }
}
