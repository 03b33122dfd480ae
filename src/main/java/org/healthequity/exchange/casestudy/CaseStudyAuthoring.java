package org.healthequity.exchange.casestudy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.moderation.ModerationQueue;
import org.healthequity.exchange.moderation.ModerationRequest;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Writing case studies: drafts (saved automatically by the editor), attachments, submission to the moderation queue and
 * withdrawal. Only the authors of a case study may change it; a published one is changed through a new revision that
 * is reviewed while the published version stays live.
 */
@Service
@Validated
@NamedInterface("api")
public class CaseStudyAuthoring {

    /** Who may write case studies: members of the networks and the secretariat, not applicants or visitors. */
    /** Network members and staff; leading a working group alone (GROUP_LEAD) gives no right to publish here. */
    static final String WRITERS = "hasAnyRole('MEMBER', 'STEERING_COMMITTEE', 'SECRETARIAT', 'ADMIN')";

    static final String TYPE = CaseStudyLibrary.CONTENT_TYPE;

    private final CaseStudyRepository caseStudies;
    private final CaseStudyRevisionRepository revisions;
    private final CaseStudyRecords records;
    private final LibraryRows rows;
    private final CaseStudyChecks checks;
    private final Drafts drafts;
    private final MemberContacts contacts;
    private final ModerationQueue moderation;
    private final CaseStudySettings settings;
    private final AuditLog audit;
    private final Clock clock;

    CaseStudyAuthoring(CaseStudyRepository caseStudies, CaseStudyRevisionRepository revisions,
            CaseStudyRecords records, LibraryRows rows, CaseStudyChecks checks, Drafts drafts,
            MemberContacts contacts, ModerationQueue moderation, CaseStudySettings settings, AuditLog audit,
            Clock clock) {
        this.caseStudies = caseStudies;
        this.revisions = revisions;
        this.records = records;
        this.rows = rows;
        this.checks = checks;
        this.drafts = drafts;
        this.contacts = contacts;
        this.moderation = moderation;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new, empty form; for a translation, the original's metadata filled in (its text is for the author to write). */
    @PreAuthorize(WRITERS)
    @Transactional(readOnly = true)
    public CaseStudyForm newForm(Language language, @Nullable Long translationOf) {
        var network = contacts.myNetworks().stream().findFirst().orElse(Network.GKNHE);
        if (translationOf == null) {
            return CaseStudyForm.empty(network, language);
        }
        CaseStudy original = publishedOriginal(translationOf);
        CaseStudyRevision live = revisions.findById(Objects.requireNonNull(original.publishedRevisionId()))
                .orElseThrow();
        CaseStudyForm source = live.toForm(List.of());
        return new CaseStudyForm(source.network(), language, "", CaseStudyTemplate.empty(), source.countries(), source.yearFrom(), source.yearTo(), source.themes(), source.dimensions(),
                source.sdgTargets(), source.contacts(), source.links(), List.of());
    }

    /** The signed-in author's case study as the editor loads it. */
    @PreAuthorize(WRITERS)
    @Transactional(readOnly = true)
    public EditableCaseStudy edit(long id) {
        CaseStudy caseStudy = caseStudies.findById(id).orElseThrow(() -> notFound());
        drafts.requireAuthor(id);
        List<Long> authors = records.authorIds(id);
        List<Long> coAuthors = authors.stream().skip(1).toList();
        Long workingId = caseStudy.workingRevisionId();
        if (workingId != null) {
            CaseStudyRevision working = revisions.findById(workingId).orElseThrow();
            return new EditableCaseStudy(id, working.toForm(coAuthors), working.version(), caseStudy.status(),
                    working.status(), working.status().editable(), working.decisionComment(),
                    records.attachments(workingId), records.authors(authors));
        }
        Long liveId = caseStudy.publishedRevisionId();
        if (liveId == null || caseStudy.status() == CaseStudyStatus.REJECTED) {
            throw new Refused("", "case-study.not-editable");
        }
        CaseStudyRevision live = revisions.findById(liveId).orElseThrow();
        return new EditableCaseStudy(id, live.toForm(coAuthors), -1, caseStudy.status(), null, true, null,
                records.attachments(liveId), records.authors(authors));
    }

    /**
     * Saves a draft: the first save creates the case study; saving a published one starts a new revision (the live
     * version is untouched). Refuses values the portal does not know, field by field.
     *
     * @param id the case study, or null for a new one
     * @param loadedVersion the version the editor loaded (-1 for a new case study or a new revision)
     * @throws ChangedMeanwhile when the draft was saved elsewhere since
     */
    @PreAuthorize(WRITERS)
    @Transactional
    public SavedDraft saveDraft(@Nullable Long id, @Valid @NotNull CaseStudyForm form, long loadedVersion,
            @Nullable Long translationOf) {
        ExchangeUser me = CurrentUser.require();
        CaseStudyForm clean = checks.clean(form);
        List<Long> existing = id == null ? List.of() : records.authorIds(id);
        // Who already writes a draft is told only to its authors.
        List<String> regions = checks.check(clean, me, existing.contains(me.accountId()) ? existing : List.of());
        Instant now = clock.instant();
        if (id == null) {
            Long original = translationOf == null ? null : publishedOriginal(translationOf).id();
            CaseStudy caseStudy = caseStudies.saveAndFlush(new CaseStudy(clean.network().name(),
                    clean.language().code(), original, me.accountId(), now));
            CaseStudyRevision first = revisions.saveAndFlush(new CaseStudyRevision(caseStudy.id(), 1, clean, regions,
                    me.accountId(), now));
            caseStudy.startWorking(first.id());
            records.replaceAuthors(caseStudy.id(), authors(me.accountId(), clean.coAuthorIds()));
            audit.record("case-study.create", "case_study", caseStudy.id(), AuditOutcome.SUCCESS, null);
            return new SavedDraft(caseStudy.id(), first.id(), first.version());
        }
        CaseStudy caseStudy = caseStudies.lockById(id).orElseThrow(() -> notFound());
        drafts.requireAuthor(id);
        List<Long> current = records.authorIds(id);
        CaseStudyRevision working;
        if (caseStudy.workingRevisionId() == null) {
            if (loadedVersion != -1) {
                throw new ChangedMeanwhile();
            }
            working = drafts.startRevision(caseStudy, me.accountId(), now);
            working.update(clean, regions, now);
        } else {
            working = revisions.findById(caseStudy.workingRevisionId()).orElseThrow();
            if (working.version() != loadedVersion) {
                throw new ChangedMeanwhile();
            }
            working.update(clean, regions, now);
        }
        caseStudy.followDraft(clean.network().name(), clean.language().code());
        records.replaceAuthors(id, authors(current.isEmpty() ? me.accountId() : current.getFirst(),
                clean.coAuthorIds()));
        try {
            revisions.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ChangedMeanwhile();
        }
        return new SavedDraft(id, working.id(), working.version());
    }

    /**
     * Submits the working draft for review. Refused when incomplete (every missing field named), when the draft changed
     * since it was loaded, or past the submissions-per-hour limit.
     */
    @PreAuthorize(WRITERS)
    @Transactional
    public void submit(long id, long loadedVersion) {
        submit(id, loadedVersion, true);
    }

    /**
     * {@link #submit(long, long)}, with or without the moderation queue's item. Without is the demo library's seeding
     * hook (ADR 0015) for case studies published before the queue was kept: the module publishes them at once
     * ({@link CaseStudyModeration#approve}), since approving through the queue would mail their authors.
     *
     * @return the submitted revision's id
     */
    long submit(long id, long loadedVersion, boolean queued) {
        ExchangeUser me = CurrentUser.require();
        CaseStudy caseStudy = caseStudies.lockById(id).orElseThrow(() -> notFound());
        drafts.requireAuthor(id);
        Long workingId = caseStudy.workingRevisionId();
        if (workingId == null) {
            throw CaseStudy.notAllowed();
        }
        CaseStudyRevision working = revisions.findById(workingId).orElseThrow();
        if (working.version() != loadedVersion) {
            throw new ChangedMeanwhile();
        }
        List<Refused.FieldProblem> missing = CaseStudyChecks.incomplete(working.toForm(List.of()));
        if (!missing.isEmpty()) {
            throw new Refused(missing);
        }
        Instant now = clock.instant();
        if (revisions.countSubmittedBetween(me.accountId(), now.minus(Duration.ofHours(1)), now)
                >= settings.submissionsPerHour()) {
            audit.record("case-study.submit", "case_study", id, AuditOutcome.DENIED, "hourly limit");
            throw new Refused("", "case-study.submit.too-many");
        }
        working.submit(me.accountId(), now);
        caseStudy.submitted();
        revisions.flush();
        if (queued) {
            List<Long> authors = records.authorIds(id);
            moderation.enqueue(new ModerationRequest(TYPE, id, working.id(), working.title(), working.network(),
                    working.language(), authors.isEmpty() ? me.accountId() : authors.getFirst()));
        }
        audit.record("case-study.submit", "case_study", id, AuditOutcome.SUCCESS, "revision " + working.number());
        return working.id();
    }

    /** Takes a submission back from the queue so that it can be edited again. */
    @PreAuthorize(WRITERS)
    @Transactional
    public void withdraw(long id) {
        CaseStudy caseStudy = caseStudies.lockById(id).orElseThrow(() -> notFound());
        drafts.requireAuthor(id);
        Long workingId = caseStudy.workingRevisionId();
        if (workingId == null) {
            throw CaseStudy.notAllowed();
        }
        revisions.findById(workingId).orElseThrow().withdraw(clock.instant());
        caseStudy.withdrawn();
        moderation.withdraw(TYPE, id);
        audit.record("case-study.withdraw", "case_study", id, AuditOutcome.SUCCESS, null);
    }

    /** The signed-in person's case studies, newest change first. */
    @PreAuthorize(WRITERS)
    @Transactional(readOnly = true)
    public List<MyCaseStudy> myCaseStudies() {
        long me = CurrentUser.require().accountId();
        return rows.mine(me);
    }

    private CaseStudy publishedOriginal(long translationOf) {
        CaseStudy original = caseStudies.findById(translationOf).orElseThrow(() -> notFound());
        if (original.status() != CaseStudyStatus.PUBLISHED) {
            throw new Refused("", "case-study.translation.original-not-published");
        }
        // A translation of a translation belongs to the same original.
        return original.translationOf() == null ? original
                : caseStudies.findById(original.translationOf()).orElse(original);
    }

    private List<Long> authors(long first, List<Long> coAuthors) {
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        ids.add(first);
        ids.addAll(coAuthors);
        return List.copyOf(ids);
    }

    static Refused notFound() {
        return new Refused("", "case-study.not-found");
    }
}
