package org.healthequity.exchange.casestudy.ui;

import org.healthequity.exchange.casestudy.CaseStudyAuthoring;
import org.healthequity.exchange.casestudy.CaseStudyForm;
import org.healthequity.exchange.casestudy.EditableCaseStudy;
import org.healthequity.exchange.casestudy.SavedDraft;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.jspecify.annotations.Nullable;

/**
 * The draft one editor works on: which case study, the version it was loaded at, and what a save that failed with the
 * connection sent. Shared by the editor's form and its attachments, which both move the version on.
 */
final class DraftSession {

    private final CaseStudyAuthoring authoring;
    private @Nullable Long caseStudyId;
    private @Nullable Long translationOf;
    private long version = -1;
    /** What a save that failed with the database connection sent, until a save goes through. */
    private @Nullable CaseStudyForm unacknowledged;

    DraftSession(CaseStudyAuthoring authoring) {
        this.authoring = authoring;
    }

    void loaded(EditableCaseStudy loaded) {
        caseStudyId = loaded.id();
        version = loaded.version();
    }

    void translating(@Nullable Long original) {
        translationOf = original;
    }

    @Nullable Long translationOf() {
        return translationOf;
    }

    @Nullable Long caseStudyId() {
        return caseStudyId;
    }

    long version() {
        return version;
    }

    void version(long newer) {
        version = newer;
    }

    /** Remembers what a save that failed with the connection sent; it may have been committed all the same. */
    void unacknowledged(CaseStudyForm sent) {
        unacknowledged = sent;
    }

    /**
     * Saves the form. A save that failed with the connection may still have been committed just before it (its answer
     * was lost): the next save then meets a newer version. When the stored draft is exactly what that failed save sent,
     * the newer version is this editor's own, not someone else's, and the save goes on from it.
     */
    SavedDraft save(CaseStudyForm form) {
        CaseStudyForm sentBefore = unacknowledged;
        unacknowledged = null;
        SavedDraft saved;
        try {
            saved = authoring.saveDraft(caseStudyId, form, version, translationOf);
        } catch (ChangedMeanwhile conflict) {
            if (sentBefore == null || caseStudyId == null) {
                throw conflict;
            }
            EditableCaseStudy stored = authoring.edit(caseStudyId);
            if (!stored.form().equals(sentBefore)) {
                throw conflict;
            }
            version = stored.version();
            saved = authoring.saveDraft(caseStudyId, form, version, translationOf);
        }
        caseStudyId = saved.caseStudyId();
        version = saved.version();
        return saved;
    }
}
