package org.healthequity.exchange.casestudy.ui;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.healthequity.exchange.casestudy.Attachment;
import org.healthequity.exchange.casestudy.CaseStudyAttachments;
import org.healthequity.exchange.casestudy.CaseStudyAuthoring;
import org.healthequity.exchange.casestudy.CaseStudyForm;
import org.healthequity.exchange.casestudy.CaseStudyLimits;
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
import org.healthequity.exchange.shared.ui.LimitedUpload;
import org.healthequity.exchange.shared.ui.RouteIds;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

import jakarta.annotation.security.RolesAllowed;

/**
 * Writing a case study. Every change is saved as a draft about a second after typing pauses, so closing the tab loses
 * at most that second; a draft saved elsewhere meanwhile is reported and what was typed stays in the form. A save that
 * fails because the database is briefly away (a restart) keeps the form as typed and is tried again until it goes
 * through. Submitting checks completeness and names every missing field.
 */
@Route("case-studies/new")
@RouteAlias("case-studies/:id/edit")
@RolesAllowed({Role.MEMBER_NAME, Role.STEERING_COMMITTEE_NAME, Role.SECRETARIAT_NAME,
        Role.ADMIN_NAME})
public class CaseStudyEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseStudyAuthoring authoring;
    private final CaseStudyAttachments attachments;
    private final Clock clock;
    private final CaseStudyFields fields;
    private final Span saveState = new Span();
    private final Paragraph returned = new Paragraph();
    private final UnorderedList attachmentList = new UnorderedList();
    private final Upload upload;
    private final Paragraph uploadError = new Paragraph();
    private final Button save = new Button();
    private final Button submit = new Button();
    private final Button withdraw = new Button();
    private final AutosaveRetry retry = new AutosaveRetry(this, () -> save(false));

    private @Nullable Long caseStudyId;
    private @Nullable Long translationOf;
    private long version = -1;
    private boolean editable = true;
    private boolean conflict;
    /** What a save that failed with the database connection sent, until a save goes through. */
    private @Nullable CaseStudyForm unacknowledged;

    public CaseStudyEditorView(CaseStudyAuthoring authoring, CaseStudyAttachments attachments, Countries countries,
            DirectoryService directory, CaseStudySettings settings, Clock clock) {
        this.authoring = authoring;
        this.attachments = attachments;
        this.clock = clock;
        addClassName("case-study-editor");
        fields = new CaseStudyFields(countries, directory, Language.of(getLocale()));
        fields.onChange(() -> save(false));

        upload = new Upload(new LimitedUpload(settings.maxAttachmentBytes(), this::attach,
                () -> uploadFailed("case-study.attachment.too-large")));
        upload.setAcceptedFileTypes("application/pdf", ".pdf", ".docx", "image/png", ".png", "image/jpeg", ".jpg",
                ".jpeg");
        upload.setMaxFiles(CaseStudyLimits.MAX_ATTACHMENTS);
        upload.getElement().setAttribute("aria-label", getTranslation("case-study.attachments"));
        uploadError.addClassName("error");
        uploadError.setVisible(false);

        save.setText(getTranslation("case-study.save"));
        save.addClickListener(e -> save(true));
        submit.setText(getTranslation("case-study.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        withdraw.setText(getTranslation("case-study.withdraw"));
        withdraw.addClickListener(e -> withdraw());
        withdraw.setVisible(false);
        saveState.addClassName("save-state");
        returned.addClassName("warning");
        returned.setVisible(false);
        HorizontalLayout buttons = new HorizontalLayout(save, submit, withdraw, saveState);
        buttons.setAlignItems(Alignment.BASELINE);

        add(new H1(getTranslation("case-study.editor.title")), new Paragraph(getTranslation("case-study.editor.intro")),
                returned, fields, new H2(getTranslation("case-study.attachments")),
                new Paragraph(getTranslation("case-study.attachment.rules",
                        settings.maxAttachmentBytes() / (1024 * 1024))),
                attachmentList, upload, uploadError, buttons);
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
            } catch (Refused | org.springframework.security.access.AccessDeniedException problem) {
                // Not an author, or nothing left to edit: the form is not shown, and nothing about the case study.
                removeAll();
                add(new H1(getTranslation("case-study.not-found")),
                        new Paragraph(getTranslation("case-study.not-editable.text")));
            }
            return;
        }
        translationOf = event.getLocation().getQueryParameters().getSingleParameter("translationOf")
                .flatMap(RouteIds::parse).orElse(null);
        try {
            fields.fill(authoring.newForm(Language.of(getLocale()), translationOf), List.of());
        } catch (Refused problem) {
            translationOf = null;
            fields.fill(authoring.newForm(Language.of(getLocale()), null), List.of());
            Notification.show(getTranslation(problem.messageKey()));
        }
        showAttachments(List.of());
    }

    private void load(EditableCaseStudy loaded) {
        caseStudyId = loaded.id();
        version = loaded.version();
        editable = loaded.editable();
        fields.fill(loaded.form(), loaded.authors().stream().skip(1).toList());
        showAttachments(loaded.attachments());
        boolean wasReturned = loaded.returnComment() != null && loaded.workingStatus() == RevisionStatus.RETURNED;
        returned.setText(wasReturned ? getTranslation("case-study.returned-with", loaded.returnComment()) : "");
        returned.setVisible(wasReturned);
        boolean submitted = loaded.workingStatus() == RevisionStatus.SUBMITTED;
        withdraw.setVisible(submitted);
        submit.setVisible(!submitted);
        fields.setFieldsReadOnly(!editable);
        upload.setVisible(editable);
        save.setVisible(editable);
        saveState.setText(submitted ? getTranslation("case-study.in-review") : "");
    }

    /**
     * Saves the draft; returns whether it was saved. An autosave of an empty new form creates nothing; a conflict
     * stops autosaving until the person saves explicitly, and keeps the form as typed.
     */
    boolean save(boolean explicit) {
        if (!editable || (conflict && !explicit) || (caseStudyId == null && !explicit && fields.isBlank())) {
            return false;
        }
        fields.clearErrors();
        CaseStudyForm form = fields.form();
        try {
            SavedDraft saved = saveOrAdoptLostSave(form);
            boolean created = caseStudyId == null;
            caseStudyId = saved.caseStudyId();
            version = saved.version();
            conflict = false;
            if (created) {
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                        "case-studies/" + saved.caseStudyId() + "/edit"));
            }
            retry.saved();
            saveState.setText(getTranslation("case-study.saved-at", ViewerTime.format(clock.instant())));
            return true;
        } catch (ChangedMeanwhile e) {
            conflicted();
            return false;
        } catch (Refused problem) {
            showProblems(problem);
            return false;
        } catch (jakarta.validation.ConstraintViolationException e) {
            saveState.setText(getTranslation("case-study.too-long"));
            return false;
        } catch (RuntimeException failure) {
            retry.failed(failure);
            unacknowledged = form;
            saveState.setText(getTranslation("autosave.unavailable"));
            return false;
        }
    }

    /**
     * Saves the form. A save that failed with the connection may still have been committed just before it (its answer
     * was lost): the next save then meets a newer version. When the stored draft is exactly what that failed save sent,
     * the newer version is this editor's own, not someone else's, and the save goes on from it.
     */
    private SavedDraft saveOrAdoptLostSave(CaseStudyForm form) {
        CaseStudyForm sentBefore = unacknowledged;
        unacknowledged = null;
        try {
            return authoring.saveDraft(caseStudyId, form, version, translationOf);
        } catch (ChangedMeanwhile conflict) {
            if (sentBefore == null || caseStudyId == null) {
                throw conflict;
            }
            EditableCaseStudy stored = authoring.edit(caseStudyId);
            if (!stored.form().equals(sentBefore)) {
                throw conflict;
            }
            version = stored.version();
            return authoring.saveDraft(caseStudyId, form, version, translationOf);
        }
    }

    private void submit() {
        if (!save(true) || caseStudyId == null) {
            return;
        }
        try {
            authoring.submit(caseStudyId, version);
            Notification.show(getTranslation("case-study.submitted"));
            getUI().ifPresent(ui -> ui.navigate("my/case-studies"));
        } catch (ChangedMeanwhile e) {
            conflicted();
        } catch (Refused problem) {
            showProblems(problem);
        }
    }

    private void withdraw() {
        if (caseStudyId == null) {
            return;
        }
        try {
            authoring.withdraw(caseStudyId);
            load(authoring.edit(caseStudyId));
            Notification.show(getTranslation("case-study.withdrawn"));
        } catch (Refused problem) {
            Notification.show(getTranslation(problem.messageKey()));
        }
    }

    private void attach(String fileName, byte[] content) {
        uploadError.setVisible(false);
        if (caseStudyId == null && !save(true)) {
            uploadFailed("case-study.attachment.save-first");
            return;
        }
        try {
            long id = Objects.requireNonNull(caseStudyId);
            version = attachments.addAttachment(id, version, fileName, content).version();
            showAttachments(authoring.edit(id).attachments());
            upload.clearFileList();
        } catch (Refused problem) {
            uploadFailed(problem.messageKey());
        } catch (ChangedMeanwhile e) {
            conflict = true;
            uploadFailed("case-study.conflict");
        }
    }

    private void remove(Attachment attachment) {
        try {
            long id = Objects.requireNonNull(caseStudyId);
            version = attachments.removeAttachment(id, version, attachment.id()).version();
            showAttachments(authoring.edit(id).attachments());
        } catch (ChangedMeanwhile e) {
            conflicted();
        }
    }

    private void uploadFailed(String messageKey) {
        uploadError.setText(getTranslation(messageKey));
        uploadError.setVisible(true);
        upload.clearFileList();
    }

    private void showAttachments(List<Attachment> list) {
        attachmentList.removeAll();
        for (Attachment attachment : list) {
            ListItem item = new ListItem(new Span(attachment.fileName() + " "));
            if (editable && caseStudyId != null) {
                Button remove = new Button(getTranslation("case-study.attachment.remove"), e -> remove(attachment));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                remove.getElement().setAttribute("aria-label",
                        getTranslation("case-study.attachment.remove") + " " + attachment.fileName());
                item.add(remove);
            }
            attachmentList.add(item);
        }
    }

    private void conflicted() {
        conflict = true;
        saveState.setText(getTranslation("case-study.conflict"));
        Notification.show(getTranslation("case-study.conflict")).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void showProblems(Refused problem) {
        List<String> general = fields.showProblems(problem);
        saveState.setText(general.isEmpty() ? getTranslation("case-study.check-fields") : String.join(" ", general));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("case-study.editor.title") + " · " + getTranslation("app.name");
    }
}
