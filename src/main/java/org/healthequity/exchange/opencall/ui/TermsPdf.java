package org.healthequity.exchange.opencall.ui;

import org.healthequity.exchange.opencall.CallAdministration;
import org.healthequity.exchange.opencall.CallDefinition.AttachmentRules;
import org.healthequity.exchange.shared.ui.ComponentTexts;
import org.healthequity.exchange.shared.ui.LimitedUpload;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;

/**
 * The call's Terms of Reference as a PDF: whether one is attached, a preview of the call's page, and an upload that
 * stores it at once (a call must be saved first); the service checks the file by its content.
 */
class TermsPdf extends VerticalLayout {

    private final CallAdministration administration;
    private final Paragraph state = new Paragraph();
    private final Paragraph error = new Paragraph();
    private final Upload upload;
    private @Nullable Long callId;

    TermsPdf(CallAdministration administration) {
        this.administration = administration;
        setPadding(false);
        long maxBytes = CallAdministration.TERMS_MAX_BYTES;
        upload = ComponentTexts.of(new Upload(new LimitedUpload(maxBytes, this::upload, () -> failed(getTranslation(
                "opencall.admin.terms-too-large", maxBytes / AttachmentRules.MEGABYTE)))));
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFiles(1);
        upload.getElement().setAttribute("aria-label", getTranslation("opencall.admin.terms-pdf"));
        error.addClassName("error");
        error.setVisible(false);
        add(new H2(getTranslation("opencall.admin.terms-pdf")), state, upload, error);
    }

    /** Shows the state of the call's PDF (null: a call not saved yet) and offers the upload while it may change. */
    void show(@Nullable Long id, boolean attached, boolean changeable) {
        callId = id;
        state.setText(getTranslation(attached ? "opencall.admin.terms-attached"
                : id == null ? "opencall.admin.terms-save-first" : "opencall.admin.terms-none"));
        if (id != null) {
            // The call's page shows it as applicants will see it, the Terms PDF included (drafts: staff only).
            state.add(new Span(" "), new Anchor("calls/" + id, getTranslation("opencall.admin.preview")));
        }
        upload.setVisible(id != null && changeable);
    }

    void clearError() {
        error.setVisible(false);
    }

    private void upload(byte[] pdf) {
        error.setVisible(false);
        if (callId == null) {
            failed(getTranslation("opencall.admin.terms-save-first"));
            return;
        }
        try {
            administration.uploadTerms(callId, pdf);
            state.setText(getTranslation("opencall.admin.terms-attached"));
            upload.clearFileList();
        } catch (Refused problem) {
            failed(String.join(" ", CallLabels.problems(this, problem)));
        }
    }

    private void failed(String message) {
        error.setText(message);
        error.setVisible(true);
        upload.clearFileList();
    }
}
