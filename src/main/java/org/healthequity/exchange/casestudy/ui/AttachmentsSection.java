package org.healthequity.exchange.casestudy.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.healthequity.exchange.casestudy.Attachment;
import org.healthequity.exchange.casestudy.CaseStudyAttachments;
import org.healthequity.exchange.casestudy.CaseStudyAuthoring;
import org.healthequity.exchange.casestudy.CaseStudyLimits;
import org.healthequity.exchange.shared.ui.ComponentTexts;
import org.healthequity.exchange.shared.ui.LimitedUpload;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;

/**
 * The case study's attachments in the editor: the list (with remove buttons while editable) and the upload. A new case
 * study is saved first ({@code saveFirst}); a refusal or a conflict is shown beside the upload, and a conflict is
 * passed on ({@code conflicted}, told whether the person still has to be told).
 */
class AttachmentsSection extends VerticalLayout {

    private final CaseStudyAuthoring authoring;
    private final CaseStudyAttachments attachments;
    private final DraftSession draft;
    private final BooleanSupplier saveFirst;
    private final Consumer<Boolean> conflicted;
    private final UnorderedList attachmentList = new UnorderedList();
    private final Upload upload;
    private final Paragraph uploadError = new Paragraph();
    private boolean editable = true;

    AttachmentsSection(CaseStudyAuthoring authoring, CaseStudyAttachments attachments, DraftSession draft,
            long maxBytes, BooleanSupplier saveFirst, Consumer<Boolean> conflicted) {
        this.authoring = authoring;
        this.attachments = attachments;
        this.draft = draft;
        this.saveFirst = saveFirst;
        this.conflicted = conflicted;
        setPadding(false);
        upload = ComponentTexts.of(new Upload(new LimitedUpload(maxBytes, this::attach,
                () -> uploadFailed("case-study.attachment.too-large"))));
        upload.setAcceptedFileTypes("application/pdf", ".pdf", ".docx", "image/png", ".png", "image/jpeg", ".jpg",
                ".jpeg");
        upload.setMaxFiles(CaseStudyLimits.MAX_ATTACHMENTS);
        upload.getElement().setAttribute("aria-label", getTranslation("case-study.attachments"));
        uploadError.addClassName("error");
        uploadError.setVisible(false);
        add(new H2(getTranslation("case-study.attachments")),
                new Paragraph(getTranslation("case-study.attachment.rules", maxBytes / (1024 * 1024))),
                attachmentList, upload, uploadError);
    }

    void show(List<Attachment> list, boolean editableNow) {
        editable = editableNow;
        upload.setVisible(editable);
        attachmentList.removeAll();
        for (Attachment attachment : list) {
            ListItem item = new ListItem(new Span(attachment.fileName() + " "));
            if (editable && draft.caseStudyId() != null) {
                Button remove = new Button(getTranslation("case-study.attachment.remove"), e -> remove(attachment));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                remove.getElement().setAttribute("aria-label",
                        getTranslation("case-study.attachment.remove") + " " + attachment.fileName());
                item.add(remove);
            }
            attachmentList.add(item);
        }
    }

    private void attach(String fileName, byte[] content) {
        uploadError.setVisible(false);
        if (draft.caseStudyId() == null && !saveFirst.getAsBoolean()) {
            uploadFailed("case-study.attachment.save-first");
            return;
        }
        try {
            long id = Objects.requireNonNull(draft.caseStudyId());
            draft.version(attachments.addAttachment(id, draft.version(), fileName, content).version());
            show(authoring.edit(id).attachments(), editable);
            upload.clearFileList();
        } catch (Refused problem) {
            uploadFailed(problem.messageKey());
        } catch (ChangedMeanwhile e) {
            conflicted.accept(false);
            uploadFailed("case-study.conflict");
        }
    }

    private void remove(Attachment attachment) {
        try {
            long id = Objects.requireNonNull(draft.caseStudyId());
            draft.version(attachments.removeAttachment(id, draft.version(), attachment.id()).version());
            show(authoring.edit(id).attachments(), editable);
        } catch (ChangedMeanwhile e) {
            conflicted.accept(true);
        }
    }

    private void uploadFailed(String messageKey) {
        uploadError.setText(getTranslation(messageKey));
        uploadError.setVisible(true);
        upload.clearFileList();
    }
}
