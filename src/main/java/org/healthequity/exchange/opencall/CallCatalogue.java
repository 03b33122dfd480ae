package org.healthequity.exchange.opencall;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.text.RichText;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;

/** Calls as everyone sees them: open, closed and decided calls, never drafts or archived ones. */
@Service
@NamedInterface("api")
public class CallCatalogue {

    private static final EnumSet<CallStatus> PUBLIC = EnumSet.of(CallStatus.OPEN, CallStatus.CLOSED,
            CallStatus.DECIDED);

    private final OpenCallRepository calls;
    private final CallApplicationRepository applications;
    private final ApplicationFiles files;

    CallCatalogue(OpenCallRepository calls, CallApplicationRepository applications, ApplicationFiles files) {
        this.calls = calls;
        this.applications = applications;
        this.files = files;
    }

    /** Public calls, the latest deadline first. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<CallSummary> publicCalls() {
        return calls.summariesByStatusInOrderByClosesAtDesc(PUBLIC).stream().map(CallSummaryRow::summary).toList();
    }

    /** Open calls only, the nearest deadline first, for the home page. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<CallSummary> openCalls() {
        return calls.summariesByStatusInOrderByClosesAtDesc(EnumSet.of(CallStatus.OPEN)).reversed().stream()
                .map(CallSummaryRow::summary).toList();
    }

    /** A public call's page (the secretariat also sees drafts), with the signed-in viewer's own application. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<CallPage> call(long id) {
        return calls.findById(id).filter(c -> c.status().isPublic() || secretariat()).map(c -> {
            var mine = CurrentUser.get().flatMap(u -> applications.findByCallIdAndApplicantId(id, u.accountId()));
            return new CallPage(CallRecords.summary(c), RichText.toSafeHtml(c.description()),
                    RichText.toSafeHtml(c.terms()), c.termsPdf() != null, c.definition(),
                    mine.map(CallApplication::id).orElse(null), mine.map(CallApplication::status).orElse(null));
        });
    }

    /** The Terms of Reference PDF of a call the viewer may see. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<byte[]> termsPdf(long id) {
        return calls.findById(id).filter(c -> c.status().isPublic() || secretariat())
                .flatMap(c -> c.termsPdf() == null ? Optional.empty() : files.read(c.termsPdf()));
    }

    private static boolean secretariat() {
        return CurrentUser.get().map(ExchangeUser::isStaff).orElse(false);
    }
}
