package org.healthequity.exchange.opencall;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.stream.Stream;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.notification.MailDraft;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.healthequity.exchange.support.Attacks.done;
import static org.healthequity.exchange.support.Attacks.refused;

/**
 * Every open-call service method that takes an id, called with someone else's: another applicant's application and
 * files, another reviewer's review, a call still in draft, and the secretariat's steps called by an applicant.
 */
@Tag("attack")
class OpenCallAccessAttackTest extends IntegrationTest {

    @Autowired
    private OpenCallFixture openCallFixture;

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    CallAdministration administration;

    @Autowired
    ApplicationSubmission submission;

    @Autowired
    ApplicationDocuments documents;

    @Autowired
    ReviewAssignment assignment;

    @Autowired
    Reviewing reviewing;

    @Autowired
    CallDecisions decisions;

    @Autowired
    CallCatalogue catalogue;

    @Autowired
    JdbcTemplate jdbc;

    private boolean fileExists(long fileId) {
        return jdbc.queryForObject("select count(*) from call_application_file where id = ?", Long.class, fileId) > 0;
    }

    @TestFactory
    Stream<DynamicTest> applicantReachesNoOtherApplicationReviewOrDraftCall() {
        OpenCallFixture fixture = openCallFixture;
        OpenCallFixture.Reviewer reviewer = fixture.reviewer("Kofi Assigned", "GH", null);
        OpenCallFixture.Reviewer otherReviewer = fixture.reviewer("Ingrid Other", "NO", null);
        long call = fixture.openCallClosingIn(clock.instant(), 20);
        String victim = fixture.newApplicant("Vera Victim");
        SavedApplication started = submission.start(call, OpenCallFixture.eligible("University of Nairobi", "KE"));
        long file = submission.addFile(started.id(), "letter", "letter.pdf", PDF).id();
        long version = submission.saveDraft(started.id(), started.version(), OpenCallFixture.complete()).version();
        submission.submit(started.id(), version, OpenCallFixture.complete());
        long application = started.id();
        String attacker = fixture.newApplicant("Adam Attacker");
        SavedApplication own = submission.start(call, OpenCallFixture.eligible("University of Lima", "PE"));

        fixture.signIn(OpenCallFixture.SECRETARIAT);
        assignment.screen(application, true, null);
        long review = assignment.assign(application, reviewer.id(), null);
        int cycle = OpenCallFixture.nextCycle();
        long draftCall = administration.save(null, 0, new CallForm(Network.HIM, cycle, "Draft call " + cycle,
                "Not yet public", "", "Europe/Zurich", LocalDateTime.now(ZoneId.of("Europe/Zurich")).plusDays(1)
                        .withNano(0), LocalDateTime.now(ZoneId.of("Europe/Zurich")).plusDays(30).withNano(0),
                OpenCallFixture.definition())).id();
        SecurityContextHolder.clearContext();

        Runnable asAttacker = () -> fixture.signIn(attacker);
        Runnable asOtherReviewer = () -> fixture.signIn(otherReviewer.email());
        Runnable asVictim = () -> fixture.signIn(victim);
        long ownId = own.id();
        return Stream.of(
                refused("ApplicationSubmission.sheet: applicant reads another applicant's application", asAttacker,
                        application, true, submission::sheet),
                refused("ApplicationSubmission.saveDraft: applicant overwrites another application", asAttacker,
                        application, true, id -> submission.saveDraft(id, 0, OpenCallFixture.complete())),
                refused("ApplicationSubmission.submit: applicant submits another application", asAttacker,
                        application, true, id -> submission.submit(id, 0, OpenCallFixture.complete())),
                refused("ApplicationSubmission.withdraw: applicant withdraws another application", asAttacker,
                        application, true, id -> { submission.withdraw(id); return done(); }),
                refused("ApplicationSubmission.addFile: applicant adds a file to another application", asAttacker,
                        application, true, id -> submission.addFile(id, "letter", "x.pdf", PDF)),
                refused("ApplicationSubmission.removeFile: applicant removes another application's file", asAttacker,
                        application, true, id -> { submission.removeFile(id, file); return done(); }),
                refused("ApplicationSubmission.removeFile: applicant removes another's file through their own"
                        + " application", asAttacker, file, false,
                        f -> {
                            submission.removeFile(ownId, f);
                            return fileExists(f) ? null : done();
                        }),
                refused("ApplicationDocuments.file: applicant downloads another application's file", asAttacker,
                        application, true, id -> documents.file(id, file)),
                refused("ApplicationDocuments.file: applicant downloads another's file through their own"
                        + " application", asAttacker, file, true, f -> documents.file(ownId, f)),
                refused("ApplicationDocuments.file: an unassigned reviewer downloads an application's file",
                        asOtherReviewer, application, true, id -> documents.file(id, file)),
                refused("Reviewing.sheet: another reviewer reads a review not theirs", asOtherReviewer, review, true,
                        reviewing::sheet),
                refused("Reviewing.saveScores: another reviewer scores a review not theirs", asOtherReviewer, review,
                        true, id -> reviewing.saveScores(id, 0, Scores.none())),
                refused("Reviewing.submit: another reviewer submits a review not theirs", asOtherReviewer, review,
                        true, id -> reviewing.submit(id, 0, Scores.none())),
                refused("Reviewing.declareConflict: another reviewer sets a review aside", asOtherReviewer, review,
                        true, id -> { reviewing.declareConflict(id, "Not mine"); return done(); }),
                refused("Reviewing.sheet: the applicant reads the review of their own application", asVictim,
                        review, true, reviewing::sheet),
                refused("ApplicationSubmission.checkEligibility: applicant probes a call still in draft", asAttacker,
                        draftCall, true, id -> submission.checkEligibility(id,
                                OpenCallFixture.eligible("University of Lima", "PE"))),
                refused("ApplicationSubmission.start: applicant applies to a call still in draft", asAttacker,
                        draftCall, true, id -> submission.start(id, OpenCallFixture.eligible("University of Lima",
                                "PE"))),
                refused("CallCatalogue.call: applicant opens a call still in draft", asAttacker, draftCall, true,
                        catalogue::call),
                refused("CallCatalogue.termsPdf: applicant downloads a draft call's terms", asAttacker, draftCall,
                        true, catalogue::termsPdf),
                refused("CallAdministration.edit: applicant opens the call editor", asAttacker, draftCall, false,
                        administration::edit),
                refused("CallAdministration.open: applicant opens a draft call", asAttacker, draftCall, false,
                        id -> { administration.open(id); return done(); }),
                refused("CallAdministration.cloneCall: applicant copies a call", asAttacker, draftCall, false,
                        id -> administration.cloneCall(id, OpenCallFixture.nextCycle())),
                refused("ReviewAssignment.application: applicant reads the staff view of another application",
                        asAttacker, application, false, assignment::application),
                refused("ReviewAssignment.screen: applicant screens their rival out", asAttacker, application, false,
                        id -> { assignment.screen(id, false, "Rival"); return done(); }),
                refused("ReviewAssignment.assign: applicant assigns a friendly reviewer", asAttacker, application,
                        false, id -> assignment.assign(id, otherReviewer.id(), null)),
                refused("ReviewAssignment.unassign: reviewer removes their colleague's review", asOtherReviewer,
                        review, false, id -> { assignment.unassign(id); return done(); }),
                refused("ReviewAssignment.reviewerOptions: reviewer reads the reviewer pool", asOtherReviewer,
                        application, false, assignment::reviewerOptions),
                refused("CallDecisions.ranking: reviewer reads the ranking", asOtherReviewer, call, false,
                        decisions::ranking),
                refused("CallDecisions.decisionDraft: applicant drafts a decision", asAttacker, application, false,
                        id -> decisions.decisionDraft(id, Decision.ACCEPT)),
                refused("CallDecisions.decide: applicant accepts their own application", asAttacker, ownId, false,
                        id -> { decisions.decide(id, 0, Decision.ACCEPT, new MailDraft("Yes", "Yes"), null);
                            return done(); }),
                refused("CallDecisions.exportCsv: reviewer exports the call's applications", asOtherReviewer, call,
                        false, decisions::exportCsv),
                refused("CallDecisions.exportXlsx: applicant exports the call's applications", asAttacker, call,
                        false, decisions::exportXlsx),
                refused("CallDecisions.statistics: applicant reads the call's statistics", asAttacker, call, false,
                        decisions::statistics));
    }
}
