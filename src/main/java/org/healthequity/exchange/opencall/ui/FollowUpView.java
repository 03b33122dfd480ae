package org.healthequity.exchange.opencall.ui;

import java.time.Clock;
import java.util.List;

import org.healthequity.exchange.opencall.Answers;
import org.healthequity.exchange.opencall.FollowUpSheet;
import org.healthequity.exchange.opencall.FollowUps;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.ui.RouteIds;
import org.healthequity.exchange.shared.ui.TitledPage;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * The follow-up form of an accepted application, as its applicant fills it in (ADR 0034): saved a moment after
 * typing pauses, submitted once, read-only afterwards. A save that meets a newer version stops autosaving and keeps
 * what was typed.
 */
@Route("my/applications/:id/follow-up")
@PermitAll
public class FollowUpView extends VerticalLayout implements BeforeEnterObserver, TitledPage {

    private final FollowUps followUps;
    private final Clock clock;
    private final Span saveState = new Span();
    private @Nullable FollowUpSheet sheet;
    private @Nullable FollowUpFields fields;
    private long version;
    private boolean conflict;

    public FollowUpView(FollowUps followUps, Clock clock) {
        this.followUps = followUps;
        this.clock = clock;
        saveState.addClassName("save-state");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("opencall.follow-up.title")));
        try {
            RouteIds.id(event).map(followUps::sheet).ifPresentOrElse(this::show, this::notFound);
        } catch (AccessDeniedException | Refused e) {
            notFound(); // someone else's application, or no follow-up yet: nothing of it is shown
        }
    }

    private void notFound() {
        add(new Paragraph(getTranslation("opencall.follow-up.none")),
                new Anchor("my/applications", getTranslation("nav.my-applications")));
    }

    private void show(FollowUpSheet loaded) {
        removeAll();
        sheet = loaded;
        version = loaded.version();
        conflict = false;
        add(new H1(getTranslation("opencall.follow-up.title")), new Paragraph(getTranslation(
                "opencall.follow-up.intro", loaded.institutionName(), loaded.callTitle())));
        add(new Paragraph(loaded.submittedAt() != null
                ? getTranslation("opencall.follow-up.submitted-at", ViewerTime.format(loaded.submittedAt()))
                : getTranslation(loaded.editable() ? "opencall.follow-up.due" : "opencall.follow-up.overdue",
                        ViewerTime.format(loaded.dueAt()))));
        fields = new FollowUpFields(loaded, Language.of(getLocale()), this::save);
        add(fields);
        if (loaded.editable()) {
            Button submit = new Button(getTranslation("opencall.follow-up.submit"), e -> submit());
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout buttons = new HorizontalLayout(submit, saveState);
            buttons.setAlignItems(Alignment.BASELINE);
            add(buttons);
        }
        add(new Anchor("my/applications", getTranslation("nav.my-applications")));
    }

    /** Saves what was typed; a conflict stops autosaving and keeps it. */
    boolean save() {
        if (sheet == null || fields == null || !sheet.editable() || conflict) {
            return false;
        }
        fields.clearErrors();
        try {
            version = followUps.save(sheet.applicationId(), version, answers());
            saveState.setText(getTranslation("opencall.apply.saved-at", ViewerTime.format(clock.instant())));
            return true;
        } catch (ChangedMeanwhile e) {
            conflicted();
        } catch (Refused problem) {
            showProblems(problem, false);
        }
        return false;
    }

    private void submit() {
        if (sheet == null || fields == null) {
            return;
        }
        fields.clearErrors();
        try {
            version = followUps.submit(sheet.applicationId(), version, answers());
            CallLabels.done(this, "opencall.follow-up.sent-in");
            show(followUps.sheet(sheet.applicationId()));
        } catch (ChangedMeanwhile e) {
            conflicted();
        } catch (Refused problem) {
            showProblems(problem, true);
        }
    }

    private void conflicted() {
        conflict = true;
        saveState.setText(getTranslation("opencall.changed-elsewhere"));
        Refusals.changedMeanwhile(this, "opencall.changed-elsewhere");
    }

    private void showProblems(Refused problem, boolean announce) {
        List<String> general = fields == null ? List.of() : fields.showProblems(problem, announce);
        saveState.setText(general.isEmpty() ? getTranslation("opencall.apply.fix-fields")
                : getTranslation("opencall.apply.save-failed", String.join(" ", general)));
    }

    private Answers answers() {
        return fields == null ? Answers.none() : fields.answers();
    }

    @Override
    public String pageHeading() {
        return getTranslation("opencall.follow-up.title");
    }
}
