package org.healthequity.exchange.opencall.ui;

import java.util.List;

import org.healthequity.exchange.opencall.ApplicationDocuments;
import org.healthequity.exchange.opencall.ApplicationFileInfo;
import org.healthequity.exchange.opencall.ApplicationSheet;
import org.healthequity.exchange.opencall.ApplicationSubmission;
import org.healthequity.exchange.opencall.CallDefinition.AttachmentRules;
import org.healthequity.exchange.opencall.CallDefinition.Question;
import org.healthequity.exchange.shared.ui.ComponentTexts;
import org.healthequity.exchange.shared.ui.LimitedUpload;
import org.healthequity.exchange.shared.validation.Refused;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;

/**
 * A file question of the application form: its files (removable while the application can change) and an upload
 * within the call's attachment rules. {@code filesChanged} runs after a file was added or removed.
 */
class FileQuestion extends Div {

    private final Question question;
    private final ApplicationSheet sheet;
    private final ApplicationSubmission submission;
    private final ApplicationDocuments documents;
    private final Runnable filesChanged;
    private final Div list = new Div();

    FileQuestion(Question question, String label, String help, ApplicationSheet sheet,
            ApplicationSubmission submission, ApplicationDocuments documents, Runnable filesChanged) {
        this.question = question;
        this.sheet = sheet;
        this.submission = submission;
        this.documents = documents;
        this.filesChanged = filesChanged;
        addClassName("file-question");
        add(new H3(label));
        if (!help.isBlank()) {
            add(new Paragraph(help));
        }
        showFiles(sheet.files());
        add(list);
        if (sheet.editable()) {
            upload(label, sheet.definition().attachments());
        }
    }

    private void upload(String label, AttachmentRules rules) {
        Paragraph error = new Paragraph();
        error.addClassName("error");
        error.setVisible(false);
        Upload upload = ComponentTexts.of(new Upload(new LimitedUpload(rules.maxBytes(), (name, bytes) -> {
            error.setVisible(false);
            try {
                submission.addFile(sheet.id(), question.key(), name, bytes);
                filesChanged.run();
            } catch (Refused problem) {
                error.setText(getTranslation(problem.first().messageKey(), problem.first().arguments().toArray()));
                error.setVisible(true);
            }
        }, () -> {
            error.setText(getTranslation("opencall.problem.file-too-large",
                    rules.maxBytes() / AttachmentRules.MEGABYTE));
            error.setVisible(true);
        })));
        upload.setUploadButton(new Button(getTranslation("opencall.apply.upload")));
        upload.getElement().setAttribute("aria-label", label);
        add(new Paragraph(getTranslation("opencall.apply.file-rules", String.join(", ", rules.kinds()),
                Math.max(1, rules.maxBytes() / AttachmentRules.MEGABYTE))), upload, error);
    }

    /** Shows this question's files among the application's. */
    void showFiles(List<ApplicationFileInfo> files) {
        long applicationId = sheet.id();
        list.removeAll();
        List<ApplicationFileInfo> mine = files.stream().filter(f -> f.question().equals(question.key())).toList();
        list.add(CallText.files(mine, fileId -> documents.file(applicationId, fileId)));
        if (sheet.editable()) {
            for (ApplicationFileInfo file : mine) {
                Button remove = new Button(getTranslation("opencall.apply.remove-file", file.fileName()), e -> {
                    submission.removeFile(applicationId, file.id());
                    filesChanged.run();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                list.add(remove);
            }
        }
    }
}
