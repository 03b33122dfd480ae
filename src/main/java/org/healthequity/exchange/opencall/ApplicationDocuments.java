package org.healthequity.exchange.opencall;

import java.util.Optional;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Downloading an application's files: for its applicant, the secretariat, and reviewers assigned to it who have not
 * declared a conflict, except the files answering questions the call hides from reviewers (ADR 0033). Everyone else
 * gets nothing, whatever address they guess.
 */
@Service
public class ApplicationDocuments {

    private final CallApplicationRepository applications;
    private final CallReviewRepository reviews;
    private final ApplicationFiles files;
    private final CallRecords records;
    private final AuditLog audit;

    ApplicationDocuments(CallApplicationRepository applications, CallReviewRepository reviews,
            ApplicationFiles files, CallRecords records, AuditLog audit) {
        this.records = records;
        this.applications = applications;
        this.reviews = reviews;
        this.files = files;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<StoredFile> file(long applicationId, long fileId) {
        ExchangeUser me = CurrentUser.require();
        boolean allowed = applications.findById(applicationId).map(a -> a.applicantId() == me.accountId()
                || me.isStaff()
                || reviews.findFirstByApplicationIdAndReviewerIdOrderByRoundDesc(applicationId, me.accountId())
                        .filter(r -> r.status() != ReviewStatus.CONFLICT).isPresent()
                        && a.status() != ApplicationStatus.DRAFT && !hiddenFromReviewers(a, fileId)).orElse(false);
        if (!allowed) {
            audit.recordIndependently(me.getUsername(), "application.file.read", "call_application", applicationId,
                    AuditOutcome.DENIED, null);
            return Optional.empty();
        }
        return files.file(applicationId, fileId);
    }

    /** Whether the file answers a question the call hides from reviewers (an unknown file counts as hidden). */
    private boolean hiddenFromReviewers(CallApplication application, long fileId) {
        var hidden = records.call(application.callId()).definition().hiddenQuestions();
        return records.files(application.id()).stream().filter(f -> f.id() == fileId).findFirst()
                .map(f -> hidden.contains(f.question())).orElse(true);
    }
}
