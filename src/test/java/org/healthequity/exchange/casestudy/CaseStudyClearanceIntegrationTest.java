package org.healthequity.exchange.casestudy;

import java.time.Duration;
import java.util.List;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.moderation.Decision;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.Outbox;
import org.healthequity.exchange.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** National clearance (ADR 0032): after approval, each named country with a focal point clears before publication. */
class CaseStudyClearanceIntegrationTest extends IntegrationTest {

    private static final String MN = ClearanceFixture.MONGOLIA;
    private static final String BT = ClearanceFixture.BHUTAN;

    @Autowired
    ClearanceFixture fixture;

    @Autowired
    CaseStudyFixture caseStudies;

    @Autowired
    CaseStudyClearance clearance;

    @Autowired
    CaseStudyLibrary library;

    @Autowired
    CaseStudyAuthoring authoring;

    @Autowired
    ClearanceAlerts alerts;

    @Autowired
    CaseStudyAttachments attachments;

    @Autowired
    ClearanceSettings settings;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    private String author;

    @BeforeEach
    void anAuthor() {
        inAnHourOfItsOwn();
        author = people.member("Altan Author", Network.GKNHE);
    }

    @AfterEach
    void noFocalPointOutlivesTheTest() {
        fixture.forget();
    }

    @Test
    void anApprovedCaseStudyNamingACountryWithAFocalPointWaitsHiddenForItsClearance() {
        String focalPoint = fixture.focalPoint("Bat Focal", MN);
        long id = fixture.approved(author, ClearanceFixture.naming("Herders' clinics", MN, "FR"));

        assertThat(status(id)).isEqualTo("AWAITING_CLEARANCE");
        SecurityContextHolder.clearContext();
        assertThat(library.caseStudy(id)).as("the public does not see it yet").isEmpty();
        fixture.pending(focalPoint, id, MN);
        assertThat(library.caseStudy(id)).as("the focal point reads it").hasValueSatisfying(page -> {
            assertThat(page.live()).isFalse();
            assertThat(page.mayEdit()).isFalse();
        });
        assertThat(Outbox.templatesFor(jdbc, focalPoint)).contains("clearance-requested");
        assertThat(Outbox.latestBody(jdbc, focalPoint)).contains("Herders' clinics", "Mongolia", "/clearance");
        assertThat(Outbox.templatesFor(jdbc, author)).contains("moderation-approved-clearance")
                .doesNotContain("moderation-approved");
        assertThat(audits("clearance.request", id)).isEqualTo(1);
    }

    @Test
    void theFocalPointDownloadsTheAttachmentsOfTheVersionTheyClearAndOtherMembersDoNot() {
        String focalPoint = fixture.focalPoint("Bat Reader", MN);
        String other = people.member("Otto Other", Network.GKNHE);
        SavedDraft draft = caseStudies.draft(author, ClearanceFixture.naming("With a report", MN));
        SavedDraft attached = attachments.addAttachment(draft.caseStudyId(), draft.version(), "report.pdf",
                DemoCaseStudies.report("Report", "Figures by province"));
        authoring.submit(draft.caseStudyId(), attached.version());
        long id = draft.caseStudyId();
        caseStudies.decide(id, Decision.APPROVE, null);
        long attachment = jdbc.queryForObject("select id from case_study_attachment where case_study_id = ?",
                Long.class, id);

        caseStudies.signIn(focalPoint);
        assertThat(library.attachment(id, attachment)).isPresent();
        caseStudies.signIn(other);
        assertThat(library.attachment(id, attachment)).isEmpty();
        assertThat(library.caseStudy(id)).isEmpty();
    }

    @Test
    void eachCountryClearsAndTheLastOnePublishesWithTheClearingCountriesNamed() {
        String mongolia = fixture.focalPoint("Bat Mongolia", MN);
        String bhutan = fixture.focalPoint("Dorji Bhutan", BT);
        long id = fixture.approved(author, ClearanceFixture.naming("Two countries", MN, BT));

        ClearanceItem first = fixture.pending(mongolia, id, MN);
        clearance.clear(first.id(), first.version());
        assertThat(status(id)).as("one country still to clear").isEqualTo("AWAITING_CLEARANCE");
        assertThat(clearance.clearedBy(id)).as("nothing shown before publication").isEmpty();

        ClearanceItem second = fixture.pending(bhutan, id, BT);
        clearance.clear(second.id(), second.version());

        assertThat(status(id)).isEqualTo("PUBLISHED");
        SecurityContextHolder.clearContext();
        assertThat(library.caseStudy(id)).hasValueSatisfying(page -> assertThat(page.live()).isTrue());
        assertThat(clearance.clearedBy(id)).containsExactly(BT, MN);
        assertThat(Outbox.templatesFor(jdbc, author)).contains("clearance-published");
        assertThat(audits("clearance.clear", id)).isEqualTo(2);
        assertThat(audits("clearance.published", id)).isEqualTo(1);
        // Published through the one path: search (and the feeds and harvest that follow it) hears of it.
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("select count(*) from search_change"
                + " where source = 'CASE_STUDY' and item_id = ?", Long.class, id) > 0);
    }

    @Test
    void askingForChangesSendsItBackAndTheResubmissionIsModeratedAndClearedAgain() {
        String mongolia = fixture.focalPoint("Bat Changes", MN);
        String bhutan = fixture.focalPoint("Dorji Waits", BT);
        long id = fixture.approved(author, ClearanceFixture.naming("Needs changes", MN, BT));

        ClearanceItem mine = fixture.pending(mongolia, id, MN);
        clearance.requestChanges(mine.id(), mine.version(), "Please cite the 2023 national survey.");

        assertThat(status(id)).isEqualTo("RETURNED");
        assertThat(Outbox.templatesFor(jdbc, author)).contains("clearance-changes-requested");
        assertThat(Outbox.latestBody(jdbc, author)).contains("Please cite the 2023 national survey.", "Mongolia");
        caseStudies.signIn(bhutan);
        assertThat(clearance.mine()).as("the other country need not decide any more")
                .noneMatch(c -> c.caseStudyId() == id);

        caseStudies.signIn(author);
        EditableCaseStudy returned = authoring.edit(id);
        assertThat(returned.returnComment()).isEqualTo("Please cite the 2023 national survey.");
        authoring.submit(id, returned.version());
        caseStudies.decide(id, Decision.APPROVE, null);

        assertThat(status(id)).isEqualTo("AWAITING_CLEARANCE");
        fixture.pending(mongolia, id, MN);
        fixture.pending(bhutan, id, BT);
    }

    @Test
    void aMemberWhoIsNotAFocalPointCannotClearByCallingTheService() {
        fixture.focalPoint("Bat Real", MN);
        String intruder = people.member("Ivan Intruder", Network.GKNHE);
        long id = fixture.approved(author, ClearanceFixture.naming("Not yours", MN));
        ClearanceItem item = clearanceOf(id, MN);

        caseStudies.signIn(intruder);
        assertThatThrownBy(() -> clearance.clear(item.id(), item.version())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clearance.requestChanges(item.id(), item.version(), "Changes"))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(status(id)).isEqualTo("AWAITING_CLEARANCE");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'clearance.decide'"
                + " and outcome = 'DENIED' and target_id = ?", Long.class, String.valueOf(id))).isEqualTo(2);
    }

    @Test
    void aFocalPointOfAnotherCountryCannotClearThisCountrysClearance() {
        fixture.focalPoint("Bat Mongolia", MN);
        String bhutan = fixture.focalPoint("Dorji Elsewhere", BT);
        long id = fixture.approved(author, ClearanceFixture.naming("Mongolia only", MN));
        ClearanceItem item = clearanceOf(id, MN);

        caseStudies.signIn(bhutan);
        assertThat(clearance.mine()).noneMatch(c -> c.caseStudyId() == id);
        assertThatThrownBy(() -> clearance.clear(item.id(), item.version())).isInstanceOf(AccessDeniedException.class);
        assertThat(status(id)).isEqualTo("AWAITING_CLEARANCE");
    }

    @Test
    void clearingTwiceIsRefusedAndChangesNothing() {
        String mongolia = fixture.focalPoint("Bat Twice", MN);
        fixture.focalPoint("Dorji Later", BT);
        long id = fixture.approved(author, ClearanceFixture.naming("Cleared twice", MN, BT));
        ClearanceItem item = fixture.pending(mongolia, id, MN);
        clearance.clear(item.id(), item.version());

        assertThatThrownBy(() -> clearance.clear(item.id(), item.version())).isInstanceOf(ChangedMeanwhile.class);
        assertThatThrownBy(() -> clearance.clear(item.id(), item.version() + 1)).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).messageKey()).isEqualTo("clearance.not-pending");
        assertThat(audits("clearance.clear", id)).isEqualTo(1);
        assertThat(status(id)).isEqualTo("AWAITING_CLEARANCE");
    }

    @Test
    void clearingACaseStudyNoLongerAwaitingClearanceIsRefused() {
        String mongolia = fixture.focalPoint("Bat Late", MN);
        String bhutan = fixture.focalPoint("Dorji First", BT);
        long id = fixture.approved(author, ClearanceFixture.naming("Sent back first", MN, BT));
        ClearanceItem late = fixture.pending(mongolia, id, MN);
        ClearanceItem first = fixture.pending(bhutan, id, BT);
        clearance.requestChanges(first.id(), first.version(), "Not yet.");

        caseStudies.signIn(mongolia);
        long current = jdbc.queryForObject("select version from case_study_clearance where id = ?", Long.class,
                late.id());
        assertThatThrownBy(() -> clearance.clear(late.id(), current)).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).messageKey()).isEqualTo("clearance.not-pending");
        assertThat(status(id)).isEqualTo("RETURNED");
    }

    @Test
    void twoFocalPointsOfOneCountryActingAtOnceTheSecondIsToldAndNothingOfTheFirstIsLost() {
        String first = fixture.focalPoint("Bat First", MN);
        String second = fixture.focalPoint("Bold Second", MN);
        long id = fixture.approved(author, ClearanceFixture.naming("Raced", MN));
        ClearanceItem seenByFirst = fixture.pending(first, id, MN);
        ClearanceItem seenBySecond = fixture.pending(second, id, MN);

        caseStudies.signIn(first);
        clearance.clear(seenByFirst.id(), seenByFirst.version());
        caseStudies.signIn(second);
        assertThatThrownBy(() -> clearance.requestChanges(seenBySecond.id(), seenBySecond.version(), "Wait"))
                .isInstanceOf(ChangedMeanwhile.class);

        assertThat(status(id)).isEqualTo("PUBLISHED");
        assertThat(jdbc.queryForObject("select status from case_study_clearance where id = ?", String.class,
                seenByFirst.id())).isEqualTo("CLEARED");
    }

    @Test
    void aClearanceWaitingTooLongAlertsTheSecretariatOnce() {
        fixture.focalPoint("Bat Slow", MN);
        long id = fixture.approved(author, ClearanceFixture.naming("Slow clearance", MN));

        alerts.alertOverdue();
        assertThat(overdueMails("Slow clearance")).as("not yet overdue").isZero();
        clock.advance(settings.alertAfter().plus(Duration.ofHours(1)));
        alerts.alertOverdue();
        alerts.alertOverdue();

        assertThat(overdueMails("Slow clearance")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'clearance.overdue'"
                + " and target_id = ?", Long.class, String.valueOf(id))).isEqualTo(1);
        caseStudies.signIn(CaseStudyFixture.SECRETARIAT);
        assertThat(clearance.waiting()).filteredOn(c -> c.caseStudyId() == id)
                .singleElement().satisfies(c -> assertThat(c.overdue()).isTrue());
    }

    @Test
    void namingAFocalPointIsAuditedAndABadAddressOrCountryIsRefusedAtItsField() {
        String email = people.member("Nara Named", Network.GKNHE);
        caseStudies.signIn(CaseStudyFixture.SECRETARIAT);

        assertThatThrownBy(() -> clearance.name("nobody-" + email, MN)).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).field()).isEqualTo("email");
        assertThatThrownBy(() -> clearance.name(email, "QQ")).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).field()).isEqualTo("country");
        clearance.name(email, MN);
        assertThatThrownBy(() -> clearance.name(email, MN)).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).messageKey()).isEqualTo("clearance.focal-point.already");

        assertThat(clearance.focalPoints()).anyMatch(f -> f.name().equals("Nara Named") && f.country().equals(MN));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'clearance.focal-point.name'"
                + " and details = ?", Long.class, MN)).isPositive();
    }

    @Test
    void aMemberCannotNameFocalPointsOrSeeEveryWaitingClearance() {
        caseStudies.signIn(author);
        assertThatThrownBy(() -> clearance.name(author, MN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clearance.waiting()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clearance.focalPoints()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCaseStudyNamingNoCountryWithAFocalPointIsPublishedOnApproval() {
        fixture.focalPoint("Bat Unrelated", MN);
        long id = fixture.approved(author, ClearanceFixture.naming("Elsewhere", "FR"));
        assertThat(status(id)).isEqualTo("PUBLISHED");
        assertThat(Outbox.templatesFor(jdbc, author)).contains("moderation-approved");
    }

    private ClearanceItem clearanceOf(long caseStudyId, String country) {
        caseStudies.signIn(CaseStudyFixture.SECRETARIAT);
        List<ClearanceItem> waiting = clearance.waiting();
        SecurityContextHolder.clearContext();
        return waiting.stream().filter(c -> c.caseStudyId() == caseStudyId && c.country().equals(country)).findFirst()
                .orElseThrow();
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from case_study where id = ?", String.class, id);
    }

    private long audits(String action, long caseStudyId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and target_id = ?", Long.class,
                action, String.valueOf(caseStudyId));
    }

    private long overdueMails(String title) {
        return jdbc.queryForObject("select count(*) from outgoing_mail where recipient = ? and template ="
                + " 'clearance-overdue' and text_body like ?", Long.class, settings.secretariatAddress(),
                "%" + title + "%");
    }
}
