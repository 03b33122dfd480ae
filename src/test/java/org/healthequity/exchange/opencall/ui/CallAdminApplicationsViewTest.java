package org.healthequity.exchange.opencall.ui;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.stream.IntStream;

import org.healthequity.exchange.opencall.ApplicationRow;
import org.healthequity.exchange.opencall.ApplicationStatus;
import org.healthequity.exchange.opencall.ApplicationSubmission;
import org.healthequity.exchange.opencall.CallAdministration;
import org.healthequity.exchange.opencall.Decision;
import org.healthequity.exchange.opencall.MyApplication;
import org.healthequity.exchange.opencall.OpenCallFixture;
import org.healthequity.exchange.opencall.RankedApplication;
import org.healthequity.exchange.opencall.ReviewAssignment;
import org.healthequity.exchange.opencall.ReviewerOption;
import org.healthequity.exchange.opencall.ReviewerSlot;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.AccessDeniedView;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.Outbox;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CallAdminApplicationsViewTest extends ViewTest {

    @Autowired
    CallAdministration administration;

    @Autowired
    ApplicationSubmission submission;

    @Autowired
    ReviewAssignment assignment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    private OpenCallFixture fixture;

    @BeforeEach
    void setUp() {
        
    }

    @Test
    void theSecretariatSeesTheSubmittedApplicationsRankingStatisticsAndExports() {
        int cycle = OpenCallFixture.nextCycle();
        long callId = fixture.open(cycle, "Listed applications " + cycle);
        fixture.submittedBy(callId, fixture.applicant("Amani Otieno"), "Nairobi Equity Centre " + cycle, "KE");
        login(OpenCallFixture.SECRETARIAT);
        navigate("admin/calls/" + callId + "/applications");

        assertThat(currentView()).isEqualTo(CallApplicationsView.class);
        Grid<ApplicationRow> grid = applications();
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).applicantName()).isEqualTo("Amani Otieno");
        @SuppressWarnings("unchecked")
        Grid<RankedApplication> ranking = _get(Grid.class, spec -> spec.withAttribute("aria-label", "Ranking"));
        assertThat(_size(ranking)).isEqualTo(1);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Applications submitted: 1");
        assertThat(_find(Anchor.class).stream().map(Anchor::getText))
                .contains("Download the table (CSV)", "Download the table (Excel)");

        _click(_get(actions(), Button.class, spec -> spec.withText("Read")));
        assertThat(_find(H3.class).stream()
                .map(H3::getText)).contains("Why?");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("To monitor inequality better.");
        _click(_get(Button.class, spec -> spec.withText("Close")));

        _click(_get(Button.class, spec -> spec.withText("Assign suggested reviewers to all")));
        expectNotifications("0 assignments made.");
        _click(_get(Button.class, spec -> spec.withText("Remind late reviewers")));
        expectNotifications("0 reviewers reminded.");
    }

    @Test
    void theSecretariatScreensAssignsWithAnOverrideAndAcceptsWithAnEditedMail() {
        int cycle = OpenCallFixture.nextCycle();
        long callId = fixture.open(cycle, "Decided through the view " + cycle);
        String applicant = fixture.applicant("Sigrid Hansen");
        // Norway: a reviewer from Norway has a conflict of interest (same country), one from Ghana has none.
        fixture.reviewer("Nora Nordmann", "NO", null);
        fixture.reviewer("Kofi Free", "GH", null);
        long applicationId = fixture.submittedBy(callId, applicant, "Oslo Equity Institute " + cycle, "NO");
        fixture.close(callId);
        login(OpenCallFixture.SECRETARIAT);
        navigate("admin/calls/" + callId + "/applications");

        _click(_get(actions(), Button.class, spec -> spec.withText("Screen")));
        select(RadioButtonGroup.class, "Screening", Boolean.TRUE);
        _click(_get(Button.class, spec -> spec.withText("Save the screening")));
        assertThat(_get(applications(), 0).screening()).isEqualTo("ELIGIBLE");

        ReviewerOption conflicted = option(applicationId, true);
        ReviewerOption free = option(applicationId, false);
        _click(_get(actions(), Button.class, spec -> spec.withText("Reviewers")));
        _click(assignButton(conflicted));
        TextField override = _get(TextField.class, spec -> spec.withLabel(
                "Reason to override a conflict of interest"));
        assertThat(override.isInvalid()).isTrue();
        _setValue(override, "Only statistician with survey expertise.");
        _click(assignButton(conflicted));
        _click(_get(actions(), Button.class, spec -> spec.withText("Reviewers")));
        _click(assignButton(free));

        ApplicationRow row = _get(applications(), 0);
        assertThat(row.reviewers()).extracting(ReviewerSlot::reviewerId)
                .containsExactlyInAnyOrder(conflicted.accountId(), free.accountId());
        assertThat(row.reviewers()).filteredOn(s -> s.reviewerId() == conflicted.accountId())
                .extracting(ReviewerSlot::overrideReason).containsExactly("Only statistician with survey expertise.");

        clock.advance(Duration.ofDays(15));
        clearNotifications();
        _click(_get(Button.class, spec -> spec.withText("Remind late reviewers")));
        expectNotifications("2 reviewers reminded.");
        assertThat(_get(applications(), 0).reviewers()).allSatisfy(slot -> assertThat(slot.late()).isTrue());

        _click(_get(actions(), Button.class, spec -> spec.withText("Decide")));
        select(RadioButtonGroup.class, "Decision", Decision.ACCEPT);
        TextField subject = _get(TextField.class, spec -> spec.withLabel("Subject of the mail"));
        assertThat(subject.getValue()).isNotBlank();
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Text of the mail")).getValue()).contains("Sigrid");
        _setValue(subject, "Welcome to the HIM Network");
        _click(_get(Button.class, spec -> spec.withText("Send the decision")));

        assertThat(_get(applications(), 0).status()).isEqualTo(ApplicationStatus.ACCEPTED);
        await().pollInSameThread().atMost(Duration.ofSeconds(10))
                .until(() -> Outbox.templatesFor(jdbc, applicant).contains("opencall-decision-accept"));
        assertThat(jdbc.queryForObject("select subject from outgoing_mail where recipient = ? and template = ?",
                String.class, applicant, "opencall-decision-accept")).isEqualTo("Welcome to the HIM Network");
    }

    @Test
    void theSecretariatAsksForRevisionsWithRequestsAndADeadlineTheApplicantThenSees() {
        int cycle = OpenCallFixture.nextCycle();
        long callId = fixture.open(cycle, "Revised through the view " + cycle);
        String applicant = fixture.applicant("Teodora Revisa");
        long applicationId = fixture.submittedBy(callId, applicant, "Instituto de Equidad " + cycle, "PE");
        fixture.close(callId);
        login(OpenCallFixture.SECRETARIAT);
        navigate("admin/calls/" + callId + "/applications");

        _click(_get(actions(), Button.class, spec -> spec.withText("Decide")));
        select(RadioButtonGroup.class, "Decision", Decision.REVISE);
        TextArea requests = _get(TextArea.class, spec -> spec.withLabel("The committee’s requests"));
        DateTimePicker deadline = _get(DateTimePicker.class, spec -> spec.withLabel("Resubmission deadline"));
        _click(_get(Button.class, spec -> spec.withText("Send the decision")));
        assertThat(requests.isInvalid()).isTrue();
        _setValue(requests, "Describe the sampling of your household survey.");
        _setValue(deadline, LocalDateTime.now(ViewerTime.zone()).minusDays(1).withNano(0));
        _click(_get(Button.class, spec -> spec.withText("Send the decision")));
        assertThat(deadline.isInvalid()).isTrue();
        assertThat(requests.getValue()).isEqualTo("Describe the sampling of your household survey.");
        LocalDateTime due = LocalDateTime.now(ViewerTime.zone()).plusDays(20).withSecond(0).withNano(0);
        _setValue(deadline, due);
        _click(_get(Button.class, spec -> spec.withText("Send the decision")));

        assertThat(_get(applications(), 0).status()).isEqualTo(ApplicationStatus.REVISIONS_REQUESTED);
        assertThat(Outbox.templatesFor(jdbc, applicant)).contains("opencall-decision-revise");
        assertThat(jdbc.queryForObject("select revision_due_at from call_application where id = ?",
                Timestamp.class, applicationId).toInstant())
                .isEqualTo(due.atZone(ViewerTime.zone()).toInstant());
        login(applicant);
        navigate("my/applications");
        @SuppressWarnings("unchecked")
        Grid<MyApplication> mine = _get(Grid.class);
        assertThat(_get(mine, 0).revisionRequests()).isEqualTo("Describe the sampling of your household survey.");
    }

    @Test
    void anUnknownCallHasNoApplicationsPage() {
        login(OpenCallFixture.SECRETARIAT);
        navigate("admin/calls/999999/applications");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("There is no call at this address.");
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void membersAreDeniedTheApplications() {
        int cycle = OpenCallFixture.nextCycle();
        long callId = fixture.draft(cycle, "Hidden applications " + cycle);
        login("member@example.org");
        navigate("admin/calls/" + callId + "/applications");
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<ApplicationRow> applications() {
        return _get(Grid.class, spec -> spec.withAttribute("aria-label", "Applications"));
    }

    private Component actions() {
        return _getCellComponent(applications(), 0, "actions");
    }

    /** A member of the HIM steering committee with (or without) a conflict of interest with the application. */
    private ReviewerOption option(long applicationId, boolean conflict) {
        Accounts.signIn(users, OpenCallFixture.SECRETARIAT);
        return assignment.reviewerOptions(applicationId).stream()
                .filter(o -> (o.conflictKey() != null) == conflict && !"opencall.conflict.self".equals(o.conflictKey()))
                .findFirst().orElseThrow();
    }

    private Button assignButton(ReviewerOption option) {
        @SuppressWarnings("unchecked")
        Grid<ReviewerOption> options = _get(Grid.class, spec -> spec.withId("reviewer-options"));
        int row = IntStream.range(0, _size(options)).filter(i -> _get(options, i).accountId() == option.accountId())
                .findFirst().orElseThrow();
        return _get(_getCellComponent(options, row, "actions"), Button.class, spec -> spec.withText("Assign"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> void select(Class<RadioButtonGroup> type, String label, T value) {
        _setValue((RadioButtonGroup<T>) _get(type, spec -> spec.withLabel(label)), value);
    }
}
