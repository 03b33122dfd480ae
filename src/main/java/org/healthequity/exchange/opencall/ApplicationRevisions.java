package org.healthequity.exchange.opencall;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.notification.MailDraft;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.StaffOnly;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

/**
 * "Revisions required" (docs/adr/0028-revisions-required.md): the committee sends an application back with requests
 * and a deadline; the applicant's resubmission keeps the version before and makes the revised answers the next one.
 */
@Service
@Validated
public class ApplicationRevisions {

    /** The longest the committee's revision requests may be. */
    public static final int REQUESTS_MAX = RevisionState.REQUESTS_MAX;

    private final CallApplicationRepository applications;
    private final ApplicationVersionRepository versions;
    private final CallRecords records;
    private final MemberContacts contacts;
    private final CallMails mails;
    private final AuditLog audit;
    private final Clock clock;

    ApplicationRevisions(CallApplicationRepository applications, ApplicationVersionRepository versions,
            CallRecords records, MemberContacts contacts, CallMails mails, AuditLog audit, Clock clock) {
        this.applications = applications;
        this.versions = versions;
        this.records = records;
        this.contacts = contacts;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Sends the application back to its applicant with the committee's requests, to be revised and resubmitted before
     * {@code dueAt} (which must be in the future); the applicant is mailed the edited mail followed by the requests and
     * the deadline in their own zone and language.
     *
     * @throws ChangedMeanwhile when the application changed since the draft was made
     */
    @StaffOnly
    @Transactional
    public void requestRevisions(long applicationId, long loadedVersion, String requests, Instant dueAt,
            @Valid MailDraft mail) {
        CallApplication application = applications.lockById(applicationId)
                .orElseThrow(() -> new Refused("", "opencall.problem.not-found"));
        OpenCall call = records.call(application.callId());
        if (call.status() != CallStatus.CLOSED && call.status() != CallStatus.DECIDED) {
            throw new Refused("", "opencall.problem.decide-after-closing");
        }
        if (application.version() != loadedVersion) {
            throw new ChangedMeanwhile();
        }
        application.requestRevisions(requests, dueAt, CurrentUser.require().accountId(), clock.instant());
        var recipient = contacts.recipients(List.of(application.applicantId())).get(application.applicantId());
        if (recipient != null) {
            mails.revisionsRequested(recipient.email(), recipient.language(),
                    recipient.zone() == null ? call.zone() : recipient.zone(), mail, application.revisionRequests(),
                    dueAt);
        }
        audit.record("application.request-revisions", "call_application", applicationId, AuditOutcome.SUCCESS,
                dueAt.toString());
    }

    /**
     * Resubmits the locked application's revised answers (already checked and saved by the submission): the version
     * before is kept and the revised answers become the next version.
     */
    void resubmit(CallApplication application, Instant now) {
        versions.save(application.resubmit(now));
    }
}
