package org.healthequity.exchange.casestudy.ui;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.healthequity.exchange.casestudy.CaseStudyAttachments;
import org.healthequity.exchange.casestudy.CaseStudyAuthoring;
import org.healthequity.exchange.casestudy.CaseStudyForm;
import org.healthequity.exchange.casestudy.CaseStudySettings;
import org.healthequity.exchange.casestudy.EditableCaseStudy;
import org.healthequity.exchange.casestudy.RevisionStatus;
import org.healthequity.exchange.casestudy.SavedDraft;
import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.DirectoryService;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.AutosaveRetry;
import org.healthequity.exchange.shared.ui.RouteIds;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.ui.TitleKey;
import org.healthequity.exchange.shared.ui.TitledPage;

/**
 * Writing a case study. Every change is saved as a draft about a second after typing pauses, so closing the tab loses
 * at most that second; a draft saved elsewhere meanwhile is reported and what was typed stays in the form. A save that
 * fails because the database is briefly away (a restart) keeps the form as typed and is tried again until it goes
 * through. Submitting checks completeness and names every missing field.
 */
@Route("case-studies/new")
@RouteAlias("case-studies/:id/edit")
@RolesAllowed({Role.MEMBER_NAME, Role.STEERING_COMMITTEE_NAME, Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
@TitleKey("case-study.editor.title")
public class CaseStudyEditorView extends VerticalLayout implements BeforeEnterObserver, TitledPage {

    private final CaseStudyAuthoring authoring;
    private final Clock clock;
    private final CaseStudyFields fields;
    private final DraftSession draft;
    private final AttachmentsSection attachmentsSection;
    private final DraftActions actions = new DraftActions(() -> save(true), this::submit, this::withdraw);
    private final Paragraph returned = new Paragraph();
    private final AutosaveRetry retry = new AutosaveRetry(this, () -> save(false));

    private boolean editable = true;
    private boolean conflict;

    public CaseStudyEditorView(CaseStudyAuthoring authoring, CaseStudyAttachments attachments, Countries countries,
            DirectoryService directory, CaseStudySettings settings, Clock clock) {
        this.authoring = authoring;
        this.clock = clock;
        this.draft = new DraftSession(authoring);
        addClassName("case-study-editor");
        fields = new CaseStudyFields(countries, directory, Language.of(getLocale()));
        fields.onChange(() -> save(false));
        attachmentsSection = new AttachmentsSection(authoring, attachments, draft, settings.maxAttachmentBytes(),
                () -> save(true), tell -> {
                    conflict = true;
                    if (tell) {
                        conflicted();
                    }
                });
        returned.addClassName("warning");
        returned.setVisible(false);
        add(new H1(getTranslation("case-study.editor.title")), new Paragraph(getTranslation("case-study.editor.intro")),
                returned, fields, attachmentsSection, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getRouteParameters().get("id").isPresent()) {
            Optional<Long> id = RouteIds.id(event);
            if (id.isEmpty()) {
                event.forwardTo("case-studies/new");
                return;
            }
            try {
                load(authoring.edit(id.get()));
            } catch (Refused | AccessDeniedException problem) {
                // Not an author, or nothing left to edit: the form is not shown, and nothing about the case study.
                removeAll();
                add(new H1(getTranslation("case-study.not-found")),
                        new Paragraph(getTranslation("case-study.not-editable.text")));
            }
            return;
        }
        draft.translating(event.getLocation().getQueryParameters().getSingleParameter("translationOf")
                .flatMap(RouteIds::parse).orElse(null));
        try {
            fields.fill(authoring.newForm(Language.of(getLocale()), draft.translationOf()), List.of());
        } catch (Refused problem) {
            draft.translating(null);
            fields.fill(authoring.newForm(Language.of(getLocale()), null), List.of());
            Notification.show(getTranslation(problem.messageKey()));
        }
        attachmentsSection.show(List.of(), editable);
    }

    private void load(EditableCaseStudy loaded) {
        draft.loaded(loaded);
        editable = loaded.editable();
        fields.fill(loaded.form(), loaded.authors().stream().skip(1).toList());
        attachmentsSection.show(loaded.attachments(), editable);
        boolean wasReturned = loaded.returnComment() != null && loaded.workingStatus() == RevisionStatus.RETURNED;
        returned.setText(wasReturned ? getTranslation("case-study.returned-with", loaded.returnComment()) : "");
        returned.setVisible(wasReturned);
        boolean submitted = loaded.workingStatus() == RevisionStatus.SUBMITTED;
        actions.showFor(editable, submitted);
        fields.setFieldsReadOnly(!editable);
        actions.state(submitted ? getTranslation("case-study.in-review") : loaded.workingStatus()
                == RevisionStatus.AWAITING_CLEARANCE ? getTranslation("case-study.awaiting-clearance") : "");
    }

    /**
     * Saves the draft; returns whether it was saved. An autosave of an empty new form creates nothing; a conflict
     * stops autosaving until the person saves explicitly, and keeps the form as typed.
     */
    boolean save(boolean explicit) {
        if (!editable || (conflict && !explicit) || (draft.caseStudyId() == null && !explicit && fields.isBlank())) {
            return false;
        }
        fields.clearErrors();
        CaseStudyForm form = fields.form();
        try {
            boolean created = draft.caseStudyId() == null;
            SavedDraft saved = draft.save(form);
            conflict = false;
            if (created) {
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                        "case-studies/" + saved.caseStudyId() + "/edit"));
            }
            retry.saved();
            actions.state(getTranslation("case-study.saved-at", ViewerTime.format(clock.instant())));
            return true;
        } catch (ChangedMeanwhile e) {
            conflicted();
        } catch (Refused problem) {
            actions.state(fields.showProblems(problem, explicit));
        } catch (ConstraintViolationException e) {
            actions.state(getTranslation("case-study.too-long"));
        } catch (RuntimeException failure) {
            retry.failed(failure);
            draft.unacknowledged(form);
            actions.state(getTranslation("autosave.unavailable"));
        }
        return false;
    }

    private void submit() {
        Long id = save(true) ? draft.caseStudyId() : null;
        if (id == null) {
            return;
        }
        try {
            authoring.submit(id, draft.version());
            Notification.show(getTranslation("case-study.submitted"));
            getUI().ifPresent(ui -> ui.navigate("my/case-studies"));
        } catch (ChangedMeanwhile e) {
            conflicted();
        } catch (Refused problem) {
            actions.state(fields.showProblems(problem, true));
        }
    }

    private void withdraw() {
        Long id = draft.caseStudyId();
        if (id == null) {
            return;
        }
        try {
            authoring.withdraw(id);
            load(authoring.edit(id));
            Notification.show(getTranslation("case-study.withdrawn"));
        } catch (Refused problem) {
            Refusals.show(problem, this, field -> null);
        }
    }

    private void conflicted() {
        conflict = true;
        actions.conflicted();
    }
}
