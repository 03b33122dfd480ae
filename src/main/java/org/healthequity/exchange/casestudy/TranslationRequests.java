package org.healthequity.exchange.casestudy;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Translation requests (ADR 0032): a signed-in person asks for a published case study in another of the six languages;
 * a second person asking for the same language joins the first request. Members who declared the language in their
 * profile see it and one of them takes it, then writes the translation in the case study editor; it is moderated like
 * any case study, and everyone waiting is mailed when it is published ({@link TranslationFulfilment}).
 */
@Service
public class TranslationRequests {

    private final TranslationRequestRepository requests;
    private final TranslationRows rows;
    private final CaseStudyRepository caseStudies;
    private final MemberContacts contacts;
    private final AuditLog audit;
    private final Clock clock;

    TranslationRequests(TranslationRequestRepository requests, TranslationRows rows, CaseStudyRepository caseStudies,
            MemberContacts contacts, AuditLog audit, Clock clock) {
        this.requests = requests;
        this.rows = rows;
        this.caseStudies = caseStudies;
        this.contacts = contacts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The languages a published case study can still be asked for in; empty when it is not published. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Language> requestable(long caseStudyId) {
        return caseStudies.findById(caseStudyId).filter(c -> c.status() == CaseStudyStatus.PUBLISHED).map(c -> {
            long root = c.translationOf() == null ? c.id() : c.translationOf();
            List<String> present = rows.familyLanguages(root);
            return List.of(Language.values()).stream().filter(l -> !present.contains(l.code())).toList();
        }).orElse(List.of());
    }

    /**
     * Asks for the case study (or rather its original) in the language.
     *
     * @return true for a new request; false when one was open already and the caller now waits for it too
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public boolean request(long caseStudyId, Language language) {
        long me = CurrentUser.require().accountId();
        if (!requestable(caseStudyId).contains(language)) {
            throw new Refused("language", "translation-request.not-requestable");
        }
        CaseStudy asked = caseStudies.findById(caseStudyId).orElseThrow();
        long root = asked.translationOf() == null ? asked.id() : asked.translationOf();
        TranslationRequest request = requests.findUnpublished(root, language.code()).orElse(null);
        boolean created = request == null;
        if (created) {
            try {
                request = requests.saveAndFlush(new TranslationRequest(root, language.code(), me, clock.instant()));
            } catch (DataIntegrityViolationException e) {
                // Someone asked for the same language at the same moment: the caller joins their request instead.
                throw new ChangedMeanwhile(e);
            }
        }
        rows.watch(request.id(), me, clock.instant());
        audit.record(created ? "translation-request.create" : "translation-request.join", "case_study", root,
                AuditOutcome.SUCCESS, language.code());
        return created;
    }

    /** The open requests in the languages the signed-in person declared, and those they took, oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TranslationRequestItem> forMe() {
        Set<Language> mine = contacts.myLanguages();
        return rows.forTranslator(CurrentUser.require().accountId(), mine.stream().map(Language::code).toList());
    }

    /**
     * Takes the request: the caller writes the translation. Only someone who declared the language may; the second of
     * two takers gets {@link ChangedMeanwhile}, a request already taken is refused.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void take(long requestId, long version) {
        long me = CurrentUser.require().accountId();
        TranslationRequest request = requests.findById(requestId)
                .orElseThrow(() -> new Refused("translation-request.not-found"));
        if (contacts.myLanguages().stream().noneMatch(l -> l.code().equals(request.language()))) {
            audit.recordIndependently(CurrentUser.actorName(), "translation-request.take", "translation_request",
                    requestId, AuditOutcome.DENIED, "language not declared");
            throw new AccessDeniedException("The language " + request.language() + " is not in the profile");
        }
        if (request.version() != version) {
            throw new ChangedMeanwhile();
        }
        request.take(me, clock.instant());
        try {
            requests.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ChangedMeanwhile(e);
        }
        audit.record("translation-request.take", "case_study", request.caseStudyId(), AuditOutcome.SUCCESS,
                request.language());
    }
}
