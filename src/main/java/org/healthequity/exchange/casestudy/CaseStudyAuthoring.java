package org.healthequity.exchange.casestudy;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.Expertise;
import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.moderation.ModerationQueue;
import org.healthequity.exchange.moderation.ModerationRequest;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.text.RichText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
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
public class CaseStudyAuthoring {

    /** Who may write case studies: members of the networks and the secretariat, not applicants or visitors. */
    static final String WRITERS = "hasAnyRole('MEMBER', 'GROUP_LEAD', 'STEERING_COMMITTEE', 'SECRETARIAT', 'ADMIN')";

    static final String TYPE = "CASE_STUDY";

    private final CaseStudyRepository caseStudies;
    private final CaseStudyRevisionRepository revisions;
    private final CaseStudyRecords records;
    private final NamedParameterJdbcTemplate jdbc;
    private final Countries countries;
    private final MemberContacts contacts;
    private final ModerationQueue moderation;
    private final AttachmentStore files;
    private final PdfText pdfText;
    private final CaseStudySettings settings;
    private final AuditLog audit;
    private final Clock clock;

    CaseStudyAuthoring(CaseStudyRepository caseStudies, CaseStudyRevisionRepository revisions,
            CaseStudyRecords records, NamedParameterJdbcTemplate jdbc, Countries countries, MemberContacts contacts,
            ModerationQueue moderation, AttachmentStore files, PdfText pdfText, CaseStudySettings settings,
            AuditLog audit, Clock clock) {
        this.caseStudies = caseStudies;
        this.revisions = revisions;
        this.records = records;
        this.jdbc = jdbc;
        this.countries = countries;
        this.contacts = contacts;
        this.moderation = moderation;
        this.files = files;
        this.pdfText = pdfText;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new, empty form; for a translation, the original's metadata filled in (its text is for the author to write). */
    @PreAuthorize(WRITERS)
    @Transactional(readOnly = true)
    public CaseStudyForm newForm(Language language, @Nullable Long translationOf) {
        var network = contacts.myNetworks().stream().findFirst().orElse(org.healthequity.exchange.member.Network.GKNHE);
        if (translationOf == null) {
            return CaseStudyForm.empty(network, language);
        }
        CaseStudy original = publishedOriginal(translationOf);
        CaseStudyRevision live = revisions.findById(java.util.Objects.requireNonNull(original.publishedRevisionId()))
                .orElseThrow();
        CaseStudyForm source = live.toForm(List.of());
        return new CaseStudyForm(source.network(), language, "", "", "", "", "", "", "", "", "", "",
                source.countries(), source.yearFrom(), source.yearTo(), source.themes(), source.dimensions(),
                source.sdgTargets(), source.contacts(), source.links(), List.of());
    }

    /** The signed-in author's case study as the editor loads it. */
    @PreAuthorize(WRITERS)
    @Transactional(readOnly = true)
    public EditableCaseStudy edit(long id) {
        CaseStudy caseStudy = caseStudies.findById(id).orElseThrow(() -> notFound());
        requireAuthor(id);
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
            throw new CaseStudyProblem("", "case-study.not-editable");
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
     * @throws CaseStudyConflict when the draft was saved elsewhere since
     */
    @PreAuthorize(WRITERS)
    @Transactional
    public SavedDraft saveDraft(@Nullable Long id, @Valid @NotNull CaseStudyForm form, long loadedVersion,
            @Nullable Long translationOf) {
        ExchangeUser me = CurrentUser.require();
        CaseStudyForm clean = clean(form);
        List<String> regions = check(clean, me);
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
        requireAuthor(id);
        List<Long> current = records.authorIds(id);
        CaseStudyRevision working;
        if (caseStudy.workingRevisionId() == null) {
            if (loadedVersion != -1) {
                throw new CaseStudyConflict();
            }
            working = startRevision(caseStudy, me.accountId(), now);
            working.update(clean, regions, now);
        } else {
            working = revisions.findById(caseStudy.workingRevisionId()).orElseThrow();
            if (working.version() != loadedVersion) {
                throw new CaseStudyConflict();
            }
            working.update(clean, regions, now);
        }
        caseStudy.followDraft(clean.network().name(), clean.language().code());
        records.replaceAuthors(id, authors(current.isEmpty() ? me.accountId() : current.getFirst(),
                clean.coAuthorIds()));
        try {
            revisions.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new CaseStudyConflict();
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
        ExchangeUser me = CurrentUser.require();
        CaseStudy caseStudy = caseStudies.lockById(id).orElseThrow(() -> notFound());
        requireAuthor(id);
        Long workingId = caseStudy.workingRevisionId();
        if (workingId == null) {
            throw CaseStudy.notAllowed();
        }
        CaseStudyRevision working = revisions.findById(workingId).orElseThrow();
        if (working.version() != loadedVersion) {
            throw new CaseStudyConflict();
        }
        List<CaseStudyProblem.FieldProblem> missing = incomplete(working.toForm(List.of()));
        if (!missing.isEmpty()) {
            throw new CaseStudyProblem(missing);
        }
        Instant now = clock.instant();
        if (revisions.countSubmittedBetween(me.accountId(), now.minus(Duration.ofHours(1)), now)
                >= settings.submissionsPerHour()) {
            audit.record("case-study.submit", "case_study", id, AuditOutcome.DENIED, "hourly limit");
            throw new CaseStudyProblem("", "case-study.submit.too-many");
        }
        working.submit(me.accountId(), now);
        caseStudy.submitted();
        revisions.flush();
        List<Long> authors = records.authorIds(id);
        moderation.enqueue(new ModerationRequest(TYPE, id, working.id(), working.title(), working.network(),
                working.language(), authors.isEmpty() ? me.accountId() : authors.getFirst()));
        audit.record("case-study.submit", "case_study", id, AuditOutcome.SUCCESS, "revision " + working.number());
    }

    /** Takes a submission back from the queue so that it can be edited again. */
    @PreAuthorize(WRITERS)
    @Transactional
    public void withdraw(long id) {
        CaseStudy caseStudy = caseStudies.lockById(id).orElseThrow(() -> notFound());
        requireAuthor(id);
        Long workingId = caseStudy.workingRevisionId();
        if (workingId == null) {
            throw CaseStudy.notAllowed();
        }
        revisions.findById(workingId).orElseThrow().withdraw(clock.instant());
        caseStudy.withdrawn();
        moderation.withdraw(TYPE, id);
        audit.record("case-study.withdraw", "case_study", id, AuditOutcome.SUCCESS, null);
    }

    /**
     * Attaches a file to the working draft (a published case study gets a new revision for it). The type is recognised
     * from the content; PDF text is extracted for search within a time limit.
     *
     * @return the draft's new version
     */
    @PreAuthorize(WRITERS)
    @Transactional
    public SavedDraft addAttachment(long id, long loadedVersion, String fileName, byte[] content) {
        ExchangeUser me = CurrentUser.require();
        if (content.length > settings.maxAttachmentBytes()) {
            throw new CaseStudyProblem("attachments", "case-study.attachment.too-large");
        }
        if (content.length == 0) {
            throw new CaseStudyProblem("attachments", "case-study.attachment.empty");
        }
        FileKind kind = FileKind.detect(content)
                .orElseThrow(() -> new CaseStudyProblem("attachments", "case-study.attachment.type"));
        String text = null;
        if (kind == FileKind.PDF) {
            PdfText.Outcome outcome = pdfText.extract(content);
            if (outcome instanceof PdfText.Outcome.Unreadable) {
                throw new CaseStudyProblem("attachments", "case-study.attachment.unreadable-pdf");
            }
            text = outcome instanceof PdfText.Outcome.Text extracted ? extracted.text().replace("\u0000", "") : null;
        }
        CaseStudyRevision working = editableWorking(id, loadedVersion, me);
        if (records.attachments(working.id()).size() >= CaseStudyLimits.MAX_ATTACHMENTS) {
            throw new CaseStudyProblem("attachments", "case-study.attachment.too-many");
        }
        String stored = files.store(content, kind);
        Long attachmentId = jdbc.queryForObject("insert into case_study_attachment (case_study_id, stored_name,"
                + " file_name, media_type, size_bytes, extracted_text, uploaded_by, uploaded_at) values (:cs, :stored,"
                + " :name, :type, :size, :text, :by, :at) returning id", new MapSqlParameterSource("cs", id)
                        .addValue("stored", stored).addValue("name", safeFileName(fileName, kind))
                        .addValue("type", kind.mediaType()).addValue("size", content.length).addValue("text", text)
                        .addValue("by", me.accountId()).addValue("at", java.sql.Timestamp.from(clock.instant())),
                Long.class);
        jdbc.update("insert into case_study_revision_attachment (revision_id, attachment_id) values (:r, :a)",
                new MapSqlParameterSource("r", working.id()).addValue("a", attachmentId));
        working.touch(clock.instant());
        revisions.flush();
        audit.record("case-study.attachment.add", "case_study", id, AuditOutcome.SUCCESS, kind.name());
        return new SavedDraft(id, working.id(), working.version());
    }

    /** Removes an attachment from the working draft; older versions keep it. */
    @PreAuthorize(WRITERS)
    @Transactional
    public SavedDraft removeAttachment(long id, long loadedVersion, long attachmentId) {
        ExchangeUser me = CurrentUser.require();
        CaseStudyRevision working = editableWorking(id, loadedVersion, me);
        jdbc.update("delete from case_study_revision_attachment where revision_id = :r and attachment_id = :a",
                new MapSqlParameterSource("r", working.id()).addValue("a", attachmentId));
        working.touch(clock.instant());
        revisions.flush();
        audit.record("case-study.attachment.remove", "case_study", id, AuditOutcome.SUCCESS, null);
        return new SavedDraft(id, working.id(), working.version());
    }

    /** The signed-in person's case studies, newest change first. */
    @PreAuthorize(WRITERS)
    @Transactional(readOnly = true)
    public List<MyCaseStudy> myCaseStudies() {
        long me = CurrentUser.require().accountId();
        return jdbc.query("select c.id, c.status, c.language, w.status as working_status, w.decision_comment,"
                + " coalesce(w.title, p.title) as title, coalesce(w.updated_at, p.updated_at) as updated_at"
                + " from case_study c join case_study_author a on a.case_study_id = c.id and a.account_id = :me"
                + " left join case_study_revision w on w.id = c.working_revision_id"
                + " left join case_study_revision p on p.id = c.published_revision_id"
                + " order by coalesce(w.updated_at, p.updated_at) desc, c.id desc",
                new MapSqlParameterSource("me", me),
                (rs, i) -> new MyCaseStudy(rs.getLong("id"), rs.getString("title"),
                        CaseStudyStatus.valueOf(rs.getString("status")),
                        rs.getString("working_status") == null ? null
                                : RevisionStatus.valueOf(rs.getString("working_status")),
                        "RETURNED".equals(rs.getString("working_status")) ? rs.getString("decision_comment") : null,
                        rs.getTimestamp("updated_at").toInstant(), rs.getString("language")));
    }

    private CaseStudyRevision editableWorking(long id, long loadedVersion, ExchangeUser me) {
        CaseStudy caseStudy = caseStudies.lockById(id).orElseThrow(() -> notFound());
        requireAuthor(id);
        if (caseStudy.workingRevisionId() == null) {
            if (loadedVersion != -1) {
                throw new CaseStudyConflict();
            }
            return startRevision(caseStudy, me.accountId(), clock.instant());
        }
        CaseStudyRevision working = revisions.findById(caseStudy.workingRevisionId()).orElseThrow();
        if (working.version() != loadedVersion) {
            throw new CaseStudyConflict();
        }
        if (!working.status().editable()) {
            throw new CaseStudyProblem("", "case-study.not-editable");
        }
        return working;
    }

    /** A new working revision copied from the live (or retracted) one, with its attachments. */
    private CaseStudyRevision startRevision(CaseStudy caseStudy, long by, Instant now) {
        Long liveId = caseStudy.publishedRevisionId();
        if (liveId == null || caseStudy.status() == CaseStudyStatus.REJECTED) {
            throw new CaseStudyProblem("", "case-study.not-editable");
        }
        CaseStudyRevision live = revisions.findById(liveId).orElseThrow();
        CaseStudyRevision next = revisions.saveAndFlush(live.next(revisions.lastNumber(caseStudy.id()) + 1,
                List.of(), by, now));
        records.copyAttachments(liveId, next.id());
        caseStudy.startWorking(next.id());
        return next;
    }

    private CaseStudy publishedOriginal(long translationOf) {
        CaseStudy original = caseStudies.findById(translationOf).orElseThrow(() -> notFound());
        if (original.status() != CaseStudyStatus.PUBLISHED) {
            throw new CaseStudyProblem("", "case-study.translation.original-not-published");
        }
        // A translation of a translation belongs to the same original.
        return original.translationOf() == null ? original
                : caseStudies.findById(original.translationOf()).orElse(original);
    }

    private void requireAuthor(long id) {
        ExchangeUser me = CurrentUser.require();
        if (!records.isAuthor(id, me.accountId())) {
            audit.recordIndependently(CurrentUser.actorName(), "case-study.edit", "case_study", id,
                    AuditOutcome.DENIED, "not an author");
            throw new AccessDeniedException("Not an author of case study " + id);
        }
    }

    private List<Long> authors(long first, List<Long> coAuthors) {
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        ids.add(first);
        ids.addAll(coAuthors);
        return List.copyOf(ids);
    }

    private static CaseStudyForm clean(CaseStudyForm form) {
        return new CaseStudyForm(form.network(), form.language(), plain(form.title()), RichText.clean(form.summary()),
                RichText.clean(form.objectives()), RichText.clean(form.context()), RichText.clean(form.stakeholders()),
                RichText.clean(form.implementation()), RichText.clean(form.results()),
                RichText.clean(form.enablingFactors()), RichText.clean(form.sustainability()),
                RichText.clean(form.lessonsLearned()), distinct(form.countries()), form.yearFrom(), form.yearTo(),
                distinct(form.themes()), distinct(form.dimensions()), distinct(form.sdgTargets()),
                plain(form.contacts()), form.links().strip(), distinct(form.coAuthorIds()));
    }

    /** Titles and names are plain text: one line, no control characters. */
    static String plain(String text) {
        return text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }

    private static <T> List<T> distinct(List<T> values) {
        return values.stream().distinct().toList();
    }

    /** Checks every value against the vocabularies and the author's networks; returns the derived WHO regions. */
    private List<String> check(CaseStudyForm form, ExchangeUser me) {
        List<CaseStudyProblem.FieldProblem> problems = new ArrayList<>();
        Map<String, String> regionOf = countries.all(Language.ENGLISH).stream()
                .collect(Collectors.toMap(CountryRef::iso2, CountryRef::region));
        if (form.countries().stream().anyMatch(c -> !regionOf.containsKey(c))) {
            problems.add(new CaseStudyProblem.FieldProblem("countries", "case-study.countries.unknown"));
        }
        if (form.themes().stream().anyMatch(t -> !Expertise.THEMES.contains(t))) {
            problems.add(new CaseStudyProblem.FieldProblem("themes", "case-study.vocabulary.unknown"));
        }
        if (form.dimensions().stream().anyMatch(d -> !Expertise.DIMENSIONS.contains(d))) {
            problems.add(new CaseStudyProblem.FieldProblem("dimensions", "case-study.vocabulary.unknown"));
        }
        if (form.sdgTargets().stream().anyMatch(t -> !SdgTargets.isValid(t))) {
            problems.add(new CaseStudyProblem.FieldProblem("sdgTargets", "case-study.vocabulary.unknown"));
        }
        checkYear(form.yearFrom(), "yearFrom", problems);
        checkYear(form.yearTo(), "yearTo", problems);
        if (form.yearFrom() != null && form.yearTo() != null && form.yearTo() < form.yearFrom()) {
            problems.add(new CaseStudyProblem.FieldProblem("yearTo", "case-study.years.order"));
        }
        if (form.linkList().stream().anyMatch(link -> !isWebAddress(link))) {
            problems.add(new CaseStudyProblem.FieldProblem("links", "case-study.links.invalid"));
        }
        boolean secretariat = me.hasRole(Role.SECRETARIAT) || me.hasRole(Role.ADMIN);
        if (!secretariat && !contacts.myNetworks().contains(form.network())) {
            problems.add(new CaseStudyProblem.FieldProblem("network", "case-study.network.not-a-member"));
        }
        if (!form.coAuthorIds().isEmpty()) {
            Set<Long> known = contacts.names(form.coAuthorIds()).keySet();
            if (!known.containsAll(form.coAuthorIds())) {
                problems.add(new CaseStudyProblem.FieldProblem("coAuthors", "case-study.authors.unknown"));
            }
        }
        if (!problems.isEmpty()) {
            throw new CaseStudyProblem(problems);
        }
        return form.countries().stream().map(regionOf::get).distinct().sorted().toList();
    }

    private static void checkYear(@Nullable Integer year, String field, List<CaseStudyProblem.FieldProblem> problems) {
        if (year != null && (year < CaseStudyLimits.FIRST_YEAR || year > CaseStudyLimits.LAST_YEAR)) {
            problems.add(new CaseStudyProblem.FieldProblem(field, "case-study.years.range"));
        }
    }

    static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            return uri.getHost() != null && ("https".equalsIgnoreCase(uri.getScheme())
                    || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Every field a submission needs and lacks, so the author sees them all at once. */
    static List<CaseStudyProblem.FieldProblem> incomplete(CaseStudyForm form) {
        List<CaseStudyProblem.FieldProblem> missing = new ArrayList<>();
        if (form.title().isBlank()) {
            missing.add(new CaseStudyProblem.FieldProblem("title", "case-study.required"));
        }
        for (String field : List.of("summary", "objectives", "implementation", "results", "lessonsLearned")) {
            if (form.longField(field).isBlank()) {
                missing.add(new CaseStudyProblem.FieldProblem(field, "case-study.required"));
            }
        }
        if (form.countries().isEmpty()) {
            missing.add(new CaseStudyProblem.FieldProblem("countries", "case-study.required"));
        }
        if (form.themes().isEmpty()) {
            missing.add(new CaseStudyProblem.FieldProblem("themes", "case-study.required"));
        }
        if (form.yearFrom() == null) {
            missing.add(new CaseStudyProblem.FieldProblem("yearFrom", "case-study.required"));
        }
        return missing;
    }

    private static String safeFileName(String name, FileKind kind) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>:|?*]", "").strip();
        int dot = base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        if (stem.isBlank()) {
            stem = "attachment";
        }
        int room = CaseStudyLimits.FILE_NAME - kind.extension().length() - 1;
        return (stem.length() > room ? stem.substring(0, room) : stem) + "." + kind.extension();
    }

    private static CaseStudyProblem notFound() {
        return new CaseStudyProblem("", "case-study.not-found");
    }
}
