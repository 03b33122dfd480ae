package org.healthequity.exchange.opencall.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.healthequity.exchange.opencall.Answers;
import org.healthequity.exchange.opencall.CallAdministration;
import org.healthequity.exchange.opencall.CallDecisions;
import org.healthequity.exchange.opencall.Decision;
import org.healthequity.exchange.opencall.FollowUpDefaults;
import org.healthequity.exchange.opencall.FollowUpStatus.State;
import org.healthequity.exchange.opencall.FollowUps;
import org.healthequity.exchange.opencall.OpenCallFixture;
import org.healthequity.exchange.shared.ui.AccessDeniedView;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The follow-up form as the applicant fills it in and as the secretariat writes and sends it. */
class FollowUpViewTest extends ViewTest {

    private static final String REPRESENTATIVES = "Representatives in the network (required)";
    private static final String FOCAL_POINTS = "Focal points (required)";

    @Autowired
    private OpenCallFixture fixture;

    @Autowired
    FollowUps followUps;

    @Autowired
    CallDecisions decisions;

    @Autowired
    CallAdministration administration;

    private long callId;

    /** An accepted application on a closed call with the default follow-up form; the secretariat is signed in. */
    private long accepted() {
        callId = fixture.openCallClosingIn(clock.instant(), 10);
        String institution = "Instituto " + UUID.randomUUID().toString().substring(0, 8);
        long application = fixture.submitted(callId, "Applicant " + institution, institution, "PE");
        fixture.screenedIn(application);
        administration.close(callId);
        followUps.saveForm(callId, 0, FollowUpDefaults.questions());
        var draft = decisions.decisionDraft(application, Decision.ACCEPT);
        decisions.decide(application, draft.version(), Decision.ACCEPT, draft.mail(), null);
        return application;
    }

    private LocalDate inDays(int days) {
        return LocalDate.ofInstant(clock.instant(), OpenCallFixture.ZONE).plusDays(days);
    }

    private long sent() {
        long application = accepted();
        followUps.send(application, inDays(14));
        return application;
    }

    @Test
    void theApplicantFillsInAndSubmitsTheFollowUpWhichIsThenReadOnly() {
        long application = sent();
        login(fixture.applicantOf(application));

        navigate("my/applications/" + application + "/follow-up");
        _setValue(_get(TextArea.class, spec -> spec.withLabel(REPRESENTATIVES)), "Rosa Quispe, rosa@example.org");
        _setValue(_get(TextArea.class, spec -> spec.withLabel(FOCAL_POINTS)), "Juan Mamani");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> consent = _get(RadioButtonGroup.class);
        _setValue(consent, FollowUps.CONSENT_YES);
        _click(_get(Button.class, spec -> spec.withText("Submit the follow-up form")));

        var sheet = followUps.sheet(application);
        assertThat(sheet.submittedAt()).isNotNull();
        assertThat(sheet.answers().text(FollowUps.REPRESENTATIVES)).isEqualTo("Rosa Quispe, rosa@example.org");
        assertThat(sheet.answers().choices(FollowUps.CONSENT)).containsExactly(FollowUps.CONSENT_YES);
        assertThat(_get(TextArea.class, spec -> spec.withLabel(FOCAL_POINTS)).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withText("Submit the follow-up form"))).isEmpty();
    }

    @Test
    void aMissingRequiredAnswerIsRefusedNextToItsQuestionAndKeepsWhatWasTyped() {
        long application = sent();
        login(fixture.applicantOf(application));

        navigate("my/applications/" + application + "/follow-up");
        _setValue(_get(TextArea.class, spec -> spec.withLabel(REPRESENTATIVES)), "Rosa Quispe");
        _click(_get(Button.class, spec -> spec.withText("Submit the follow-up form")));

        TextArea focal = _get(TextArea.class, spec -> spec.withLabel(FOCAL_POINTS));
        assertThat(focal.isInvalid()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withLabel(REPRESENTATIVES)).getValue()).isEqualTo("Rosa Quispe");
        assertThat(followUps.sheet(application).submittedAt()).isNull();
    }

    @Test
    void aSubmitThatMeetsAnEditFromElsewhereIsRefusedAndKeepsWhatWasTyped() {
        long application = sent();
        login(fixture.applicantOf(application));
        navigate("my/applications/" + application + "/follow-up");
        followUps.save(application, followUps.sheet(application).version(),
                new Answers(Map.of(FollowUps.REPRESENTATIVES, List.of("Typed in another tab"))));

        _setValue(_get(TextArea.class, spec -> spec.withLabel(REPRESENTATIVES)), "Typed here");
        _click(_get(Button.class, spec -> spec.withText("Submit the follow-up form")));

        assertThat(_get(TextArea.class, spec -> spec.withLabel(REPRESENTATIVES)).getValue()).isEqualTo("Typed here");
        assertThat(followUps.sheet(application).submittedAt()).isNull();
        assertThat(followUps.sheet(application).answers().text(FollowUps.REPRESENTATIVES))
                .isEqualTo("Typed in another tab");
    }

    @Test
    void anotherApplicantSeesNothingOfSomeoneElsesFollowUp() {
        long application = sent();
        login(fixture.newApplicant("Nosy Neighbour"));

        navigate("my/applications/" + application + "/follow-up");

        assertThat(_find(TextArea.class)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withText("There is no follow-up form for you here.")))
                .isNotNull();
    }

    @Test
    void theSecretariatSendsTheFollowUpToTheAcceptedFromTheApplicationsPage() {
        long application = accepted();
        login(OpenCallFixture.SECRETARIAT);

        navigate("admin/calls/" + callId + "/applications");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Due date")), inDays(20));
        _click(_get(Button.class, spec -> spec.withText("Send to all accepted")));

        assertThat(followUps.statuses(callId)).singleElement().satisfies(s -> {
            assertThat(s.applicationId()).isEqualTo(application);
            assertThat(s.state()).isEqualTo(State.SENT);
        });
    }

    @Test
    void theSecretariatSavesTheFollowUpFormStartingFromTheDefaults() {
        callId = fixture.openCallClosingIn(clock.instant(), 10);
        login(OpenCallFixture.SECRETARIAT);

        navigate("admin/calls/" + callId + "/follow-up");
        _click(_get(Button.class, spec -> spec.withText("Save the follow-up form")));

        var form = followUps.form(callId);
        assertThat(form.version()).isEqualTo(1);
        assertThat(form.questions()).extracting(q -> q.key())
                .containsExactly(FollowUps.REPRESENTATIVES, FollowUps.FOCAL_POINTS, FollowUps.CONSENT);
    }

    @Test
    void membersAreDeniedTheFollowUpForm() {
        callId = fixture.openCallClosingIn(clock.instant(), 10);
        login("member@example.org");

        navigate("admin/calls/" + callId + "/follow-up");

        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }
}
