package org.healthequity.exchange.opencall.ui;

import java.util.Map;

import org.healthequity.exchange.opencall.ApplicationDocuments;
import org.healthequity.exchange.opencall.SubmittedApplication;
import org.healthequity.exchange.shared.i18n.Language;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** The submitted application as the applicant sent it, with its files, in a dialog for the secretariat. */
final class ApplicationReader {

    private ApplicationReader() {
    }

    static void open(Component owner, SubmittedApplication application, ApplicationDocuments documents,
            Map<String, String> countryNames, Language language) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(owner.getTranslation("opencall.admin.read-title", application.institutionName()));
        dialog.setWidth("min(60rem, 95vw)");
        dialog.add(new Paragraph(owner.getTranslation("opencall.review.applicant", application.institutionName(),
                CallLabels.institutionType(owner, application.institutionType()),
                countryNames.getOrDefault(application.country(), application.country())) + " · "
                + application.applicantName()));
        for (var question : application.definition().questions()) {
            dialog.add(CallText.answer(owner, question, application.answers(), application.files(),
                    fileId -> documents.file(application.id(), fileId), language));
        }
        dialog.getFooter().add(new Button(owner.getTranslation("opencall.admin.close"), e -> dialog.close()));
        dialog.open();
    }
}
