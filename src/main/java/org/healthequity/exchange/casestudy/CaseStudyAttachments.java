package org.healthequity.exchange.casestudy;

import java.time.Clock;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.files.FileKind;
import org.healthequity.exchange.shared.files.FileRefused;
import org.healthequity.exchange.shared.files.PdfText;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.validation.Refused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to a case study's working draft: recognised by their content, size-limited, stored under generated
 * names, PDF text extracted for search. Only its authors may change them; older versions keep theirs.
 */
@Service
public class CaseStudyAttachments {

    private final Drafts drafts;
    private final CaseStudyRevisionRepository revisions;
    private final CaseStudyRecords records;
    private final AttachmentStore files;
    private final PdfText pdfText;
    private final CaseStudySettings settings;
    private final AuditLog audit;
    private final Clock clock;

    CaseStudyAttachments(Drafts drafts, CaseStudyRevisionRepository revisions, CaseStudyRecords records,
            AttachmentStore files, PdfText pdfText, CaseStudySettings settings,
            AuditLog audit, Clock clock) {
        this.drafts = drafts;
        this.revisions = revisions;
        this.records = records;
        this.files = files;
        this.pdfText = pdfText;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Attaches a file to the working draft (a published case study gets a new revision for it). The type is recognised
     * from the content; PDF text is extracted for search within a time limit.
     *
     * @return the draft's new version
     */
    @PreAuthorize(CaseStudyAuthoring.WRITERS)
    @Transactional
    public SavedDraft addAttachment(long id, long loadedVersion, String fileName, byte[] content) {
        ExchangeUser me = CurrentUser.require();
        if (content.length > settings.maxAttachmentBytes()) {
            throw new Refused("attachments", "case-study.attachment.too-large");
        }
        if (content.length == 0) {
            throw new Refused("attachments", "case-study.attachment.empty");
        }
        FileKind kind = kind(content);
        String text = null;
        if (kind == FileKind.PDF) {
            PdfText.Outcome outcome = pdfText.extract(content, settings.extractionTimeout());
            if (outcome instanceof PdfText.Outcome.Unreadable) {
                throw new Refused("attachments", "case-study.attachment.unreadable-pdf");
            }
            if (outcome instanceof PdfText.Outcome.Refused refused) {
                throw new Refused("attachments", refused.reason().messageKey());
            }
            text = outcome instanceof PdfText.Outcome.Text extracted ? extracted.text().replace("\u0000", "") : null;
        }
        CaseStudyRevision working = drafts.editableWorking(id, loadedVersion, me);
        if (records.attachments(working.id()).size() >= CaseStudyLimits.MAX_ATTACHMENTS) {
            throw new Refused("attachments", "case-study.attachment.too-many");
        }
        Long used = records.bytesUploadedBy(me.accountId());
        if (used != null && used + content.length > CaseStudyLimits.MAX_ATTACHMENT_BYTES_PER_PERSON) {
            throw new Refused("attachments", "case-study.attachment.quota");
        }
        String stored = files.store(content, kind);
        records.insertAttachment(id, working.id(), stored,
                kind.safeFileName(fileName, "attachment", CaseStudyLimits.FILE_NAME), kind.mediaType(), content.length,
                text, me.accountId(), clock.instant());
        working.touch(clock.instant());
        revisions.flush();
        audit.record("case-study.attachment.add", "case_study", id, AuditOutcome.SUCCESS, kind.name());
        return new SavedDraft(id, working.id(), working.version());
    }

    private static FileKind kind(byte[] content) {
        try {
            return FileKind.detect(content)
                    .orElseThrow(() -> new Refused("attachments", "case-study.attachment.type"));
        } catch (FileRefused refused) {
            throw new Refused("attachments", refused.messageKey());
        }
    }

    /** Removes an attachment from the working draft; older versions keep it. */
    @PreAuthorize(CaseStudyAuthoring.WRITERS)
    @Transactional
    public SavedDraft removeAttachment(long id, long loadedVersion, long attachmentId) {
        ExchangeUser me = CurrentUser.require();
        CaseStudyRevision working = drafts.editableWorking(id, loadedVersion, me);
        records.removeAttachment(working.id(), attachmentId);
        working.touch(clock.instant());
        revisions.flush();
        audit.record("case-study.attachment.remove", "case_study", id, AuditOutcome.SUCCESS, null);
        return new SavedDraft(id, working.id(), working.version());
    }
}
