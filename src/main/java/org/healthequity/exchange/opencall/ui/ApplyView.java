package org.healthequity.exchange.opencall.ui;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.opencall.Answers;
import org.healthequity.exchange.opencall.ApplicationDocuments;
import org.healthequity.exchange.opencall.ApplicationSheet;
import org.healthequity.exchange.opencall.ApplicationStatus;
import org.healthequity.exchange.opencall.ApplicationSubmission;
import org.healthequity.exchange.opencall.CallCatalogue;
import org.healthequity.exchange.opencall.CallPage;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.AutosaveRetry;
import org.healthequity.exchange.shared.ui.LiveRegion;
import org.healthequity.exchange.shared.ui.RouteIds;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.ui.TitledPage;

/**
 * Applying to a call: the eligibility check first, then the form, saved a moment after the applicant stops typing;
 * files checked on upload; submit, revise until the deadline, withdraw. Every refusal is shown next to its field and
 * nothing typed is lost.
 */
@Route("calls/:id/apply")
@PermitAll
public class ApplyView extends VerticalLayout implements BeforeEnterObserver, TitledPage {

    private final ApplicationSubmission submission;
    private final ApplicationDocuments documents;
    private final CallCatalogue catalogue;
    private final Countries countries;
    private final Clock clock;

    private @Nullable AnswerFields answerFields;
    /** Said by screen readers whenever it changes: saved, not saved, changed elsewhere (WCAG 4.1.3). */
    private final Span saveState = LiveRegion.polite(new Span());
    private final AutosaveRetry retry = new AutosaveRetry(this, this::save);
    private @Nullable ApplicationSheet sheet;
    private long version;
    private boolean conflict;
    private String title = "";

    public ApplyView(ApplicationSubmission submission, ApplicationDocuments documents, CallCatalogue catalogue,
            Countries countries, Clock clock) {
        this.submission = submission;
        this.documents = documents;
        this.catalogue = catalogue;
        this.countries = countries;
        this.clock = clock;
        saveState.addClassName("save-state");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var page = RouteIds.id(event).flatMap(catalogue::call);
        if (page.isEmpty()) {
            add(new H1(getTranslation("opencall.call.not-found")), new Anchor("calls", getTranslation("nav.calls")));
            return;
        }
        title = page.get().summary().title();
        var mine = submission.myApplicationTo(page.get().summary().id());
        if (mine.isPresent() && page.get().myStatus() != ApplicationStatus.WITHDRAWN) {
            showForm(submission.sheet(mine.get()));
        } else if (page.get().summary().acceptsAt(clock.instant())) {
            showEligibility(page.get());
        } else {
            add(new H1(getTranslation("opencall.apply.title", title)),
                    new Paragraph(getTranslation("opencall.call.closed")));
        }
    }

    private void showEligibility(CallPage page) {
        removeAll();
        add(new EligibilityStep(page, submission, countries, id -> showForm(submission.sheet(id))));
    }

    private void showForm(ApplicationSheet loaded) {
        removeAll();
        sheet = loaded;
        version = loaded.version();
        conflict = false;
        add(ApplicationNotes.of(this, loaded));
        add(new H2(getTranslation("opencall.apply.form")));
        answerFields = new AnswerFields(loaded, submission, documents, Language.of(getLocale()), this::save);
        add(answerFields);
        if (loaded.editable()) {
            Button submit = new Button(getTranslation(loaded.status() != ApplicationStatus.DRAFT
                    ? "opencall.apply.resubmit" : "opencall.apply.submit"), e -> submit());
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.setDisableOnClick(true);
            Button withdraw = new Button(getTranslation("opencall.apply.withdraw"), e -> withdraw());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            withdraw.setVisible(loaded.status() != ApplicationStatus.REVISIONS_REQUESTED);
            HorizontalLayout buttons = new HorizontalLayout(submit, withdraw, saveState);
            buttons.setAlignItems(Alignment.BASELINE);
            add(buttons);
        }
    }

    /** Saves the draft; a conflict stops autosaving and keeps what was typed. */
    boolean save() {
        if (sheet == null || !sheet.editable() || conflict) {
            return false;
        }
        Optional.ofNullable(answerFields).ifPresent(AnswerFields::clearErrors);
        try {
            version = submission.saveDraft(sheet.id(), version, answers()).version();
            retry.saved();
            saveState.setText(getTranslation("opencall.apply.saved-at", ViewerTime.format(clock.instant())));
            return true;
        } catch (ChangedMeanwhile e) {
            conflicted();
        } catch (Refused problem) {
            showProblems(problem, false);
            if (problem.first().messageKey().equals("opencall.problem.deadline-passed")
                    || problem.first().messageKey().equals("opencall.problem.revision-deadline-passed")) {
                Notification.show(getTranslation(problem.first().messageKey()));
            }
        } catch (RuntimeException failure) {
            retry.failed(failure);
            saveState.setText(getTranslation("autosave.unavailable"));
        }
        return false;
    }

    private void submit() {
        if (sheet == null) {
            return;
        }
        Optional.ofNullable(answerFields).ifPresent(AnswerFields::clearErrors);
        try {
            var outcome = submission.submit(sheet.id(), version, answers());
            Notification.show(getTranslation(outcome.submitted() ? "opencall.apply.submitted"
                    : "opencall.apply.already-submitted"));
            showForm(submission.sheet(sheet.id()));
        } catch (ChangedMeanwhile e) {
            conflicted();
        } catch (Refused problem) {
            showProblems(problem, true);
        }
    }

    private void withdraw() {
        if (sheet == null) {
            return;
        }
        try {
            submission.withdraw(sheet.id());
            Notification.show(getTranslation("opencall.apply.withdrawn"));
            getUI().ifPresent(ui -> ui.navigate("my/applications"));
        } catch (Refused problem) {
            Refusals.show(problem, this, field -> null);
        }
    }

    private void conflicted() {
        conflict = true;
        saveState.setText(getTranslation("opencall.changed-elsewhere"));
        Notification.show(getTranslation("opencall.changed-elsewhere"));
    }

    private void showProblems(Refused problem, boolean announce) {
        List<String> general = answerFields == null ? List.of() : answerFields.showProblems(problem, announce);
        saveState.setText(general.isEmpty() ? getTranslation("opencall.apply.fix-fields")
                : getTranslation("opencall.apply.save-failed", String.join(" ", general)));
    }

    private Answers answers() {
        return answerFields == null ? Answers.none() : answerFields.answers();
    }

    @Override
    public String pageHeading() {
        return getTranslation("opencall.apply.title", title);
    }
}
