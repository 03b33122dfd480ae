package org.healthequity.exchange.consultation;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.healthequity.exchange.casestudy.CaseStudyAuthoring;
import org.healthequity.exchange.casestudy.CaseStudyForm;
import org.healthequity.exchange.casestudy.SavedDraft;
import org.healthequity.exchange.member.Expertise;
import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.search.SearchableChanged;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.healthequity.exchange.shared.security.StaffOnly;
import org.healthequity.exchange.shared.text.RichText;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the moderators do (the secretariat, and a group's leads for that group's consultations): tag contributions with
 * the portal's themes, pin weekly summaries, and after the close write the synthesis with the contributions it draws
 * on. The secretariat publishes the synthesis to the case-study library, where it goes through moderation like every
 * case study, and everyone who may see the consultation downloads it as a PDF.
 */
@Service
public class ConsultationModeration {

    private final ConsultationAccess access;
    private final ConsultationRows rows;
    private final ConsultationMails mails;
    private final ConsultationPdf pdf;
    private final CaseStudyAuthoring authoring;
    private final MemberContacts contacts;
    private final Translations translations;
    private final ExchangeProperties properties;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    ConsultationModeration(ConsultationAccess access, ConsultationRows rows, ConsultationMails mails,
            ConsultationPdf pdf, CaseStudyAuthoring authoring, MemberContacts contacts, Translations translations,
            ExchangeProperties properties, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.access = access;
        this.rows = rows;
        this.mails = mails;
        this.pdf = pdf;
        this.authoring = authoring;
        this.contacts = contacts;
        this.translations = translations;
        this.properties = properties;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Replaces a contribution's themes with these (codes of the case-study themes). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void tag(long contributionId, Set<String> themes) {
        long consultationId = rows.consultationOf(contributionId).orElseThrow(ConsultationAccess::unknown);
        access.moderated(consultationId);
        if (!Expertise.THEMES.containsAll(themes)) {
            throw new Refused("themes", "consultation.problem.unknown-theme");
        }
        rows.replaceThemes(contributionId, new TreeSet<>(themes));
        audit.record("consultation.tag", "consultation", consultationId, AuditOutcome.SUCCESS,
                "contribution " + contributionId + " " + new TreeSet<>(themes));
    }

    /** Pins a weekly summary on a published consultation; its participants get it by mail. Returns its id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long pinSummary(long consultationId, String body) {
        return pinSummary(consultationId, body, true);
    }

    /** {@link #pinSummary(long, String)}, with or without its mail (without: the demo seeder, ADR 0015). */
    long pinSummary(long consultationId, String body, boolean mail) {
        ConsultationAccess.Access a = access.moderated(consultationId);
        ConsultationPhase phase = a.consultation().phase(clock.instant());
        if (phase == ConsultationPhase.DRAFT || phase == ConsultationPhase.UPCOMING) {
            throw new Refused("summary", "consultation.problem.not-open-yet");
        }
        String text = checked("summary", body, ConsultationLimits.SUMMARY);
        long id = rows.addSummary(consultationId, text, a.user().accountId(), clock.instant());
        if (mail) {
            mails.summaryPinned(a.consultation(), RichText.excerpt(text, 500));
        }
        audit.record("consultation.summary", "consultation", consultationId, AuditOutcome.SUCCESS, null);
        return id;
    }

    /**
     * Writes (or rewrites, until it is published) the synthesis after the close, with the contributions of this
     * consultation it draws on.
     *
     * @param loadedVersion the synthesis version the moderator loaded, -1 for the first
     * @throws ChangedMeanwhile when another moderator saved it since
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void writeSynthesis(long consultationId, String body, Set<Long> sources, long loadedVersion) {
        ConsultationAccess.Access a = access.moderated(consultationId);
        if (a.consultation().phase(clock.instant()) != ConsultationPhase.CLOSED) {
            throw new Refused("synthesis", "consultation.problem.not-closed");
        }
        String text = checked("synthesis", body, ConsultationLimits.SYNTHESIS);
        Set<Long> own = new java.util.HashSet<>(rows.contributions(consultationId).stream()
                .map(ConsultationRows.Contribution::id).toList());
        if (!own.containsAll(sources)) {
            throw new Refused("sources", "consultation.problem.unknown-source");
        }
        if (!rows.saveSynthesis(consultationId, text, a.user().accountId(), clock.instant(), loadedVersion)) {
            throw new ChangedMeanwhile();
        }
        rows.replaceSources(consultationId, new TreeSet<>(sources));
        events.publishEvent(new SearchableChanged(ConsultationSearchSource.TYPE, consultationId));
        audit.record("consultation.synthesis", "consultation", consultationId, AuditOutcome.SUCCESS, null);
    }

    /**
     * Publishes the synthesis to the case-study library as a report in English (the secretariat's case study, sent
     * to moderation), and tells the participants. Its themes are those the contributions were tagged with, its
     * countries those of the contributors' profiles; when either is missing the case study stays a draft to finish.
     */
    @StaffOnly
    @Transactional
    public PublishedReport publishSynthesis(long consultationId) {
        return publishSynthesis(consultationId, true);
    }

    PublishedReport publishSynthesis(long consultationId, boolean mail) {
        ConsultationAccess.Access a = access.moderated(consultationId);
        Consultation c = a.consultation();
        ConsultationRows.Synthesis synthesis = rows.synthesis(consultationId)
                .orElseThrow(() -> new Refused("synthesis", "consultation.problem.no-synthesis"));
        if (synthesis.publishedAt() != null) {
            throw new Refused("consultation.problem.already-published");
        }
        List<Long> contributors = rows.contributors(consultationId);
        List<String> themes = rows.themes(consultationId).stream().map(t -> t[1]).distinct().sorted().toList();
        List<String> countries = new ArrayList<>(new TreeSet<>(contacts.countries(contributors).values()));
        Network network = c.network() != null ? c.network()
                : authoring.newForm(Language.ENGLISH, null).network();
        int year = c.opensAt().atZone(ZoneOffset.UTC).getYear();
        int yearTo = c.closesAt().atZone(ZoneOffset.UTC).getYear();
        Map<String, String> sections = new java.util.LinkedHashMap<>();
        sections.put("summary", c.question());
        sections.put("objectives", c.background().isBlank() ? c.question() : c.background());
        sections.put("implementation", translations.get("consultation.report.implementation", Language.ENGLISH,
                rows.contributions(consultationId).size(), contributors.size()));
        sections.put("results", synthesis.body());
        sections.put("lessonsLearned", translations.get("consultation.report.lessons", Language.ENGLISH));
        CaseStudyForm report = new CaseStudyForm(network, Language.ENGLISH,
                translations.get("consultation.report.title", Language.ENGLISH, c.title()), sections,
                countries.stream().limit(20).toList(), year, yearTo, themes, List.of(), List.of(), "",
                properties.link("consultations/" + consultationId), List.of());
        SavedDraft draft = authoring.saveDraft(null, report, -1, null);
        boolean complete = !themes.isEmpty() && !countries.isEmpty();
        if (complete) {
            authoring.submit(draft.caseStudyId(), draft.version());
        }
        rows.published(consultationId, draft.caseStudyId(), clock.instant());
        if (mail) {
            mails.synthesisPublished(c);
        }
        events.publishEvent(new SearchableChanged(ConsultationSearchSource.TYPE, consultationId));
        audit.record("consultation.publish-synthesis", "consultation", consultationId, AuditOutcome.SUCCESS,
                "case study " + draft.caseStudyId() + (complete ? " submitted" : " draft"));
        return new PublishedReport(draft.caseStudyId(), complete);
    }

    /**
     * The synthesis as a PDF in the viewer's language, with the contributions it draws on and the contributors named,
     * or counted only when the consultation declared its contributors anonymised.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] synthesisPdf(long consultationId, Language language) {
        ConsultationAccess.Access a = access.readable(consultationId);
        Consultation c = a.consultation();
        ConsultationRows.Synthesis synthesis = rows.synthesis(consultationId)
                .orElseThrow(() -> new Refused("synthesis", "consultation.problem.no-synthesis"));
        List<Long> contributors = rows.contributors(consultationId);
        Map<Long, String> names = c.anonymous() ? Map.of() : contacts.names(contributors);
        Set<Long> sources = new LinkedHashSet<>(rows.sources(consultationId));
        List<ConsultationPdf.Source> drawnOn = rows.contributions(consultationId).stream()
                .filter(k -> sources.contains(k.id()))
                .map(k -> new ConsultationPdf.Source(k.id(), c.anonymous()
                        ? translations.get("consultation.participant", language, contributors.indexOf(k.authorId()) + 1)
                        : names.getOrDefault(k.authorId(), ""), RichText.plainText(k.body())))
                .toList();
        List<String> listed = c.anonymous() ? List.of()
                : contributors.stream().map(id -> names.getOrDefault(id, "")).toList();
        return pdf.render(language, c.title(), RichText.plainText(c.question()), RichText.plainText(synthesis.body()),
                drawnOn, listed, contributors.size(), c.anonymous());
    }

    private static String checked(String field, String body, int max) {
        String text = RichText.clean(body);
        if (text.isBlank()) {
            throw new Refused(field, "consultation.problem.required");
        }
        if (text.length() > max) {
            throw new Refused(field, "consultation.problem.too-long", max);
        }
        return text;
    }
}
