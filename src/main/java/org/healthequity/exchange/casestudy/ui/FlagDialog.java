package org.healthequity.exchange.casestudy.ui;

import org.healthequity.exchange.casestudy.CaseStudyLibrary;
import org.healthequity.exchange.moderation.ModerationQueue;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.validation.Refused;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;

/** Asks why a case study should be looked at again and sends it to the moderators' queue. */
class FlagDialog extends Dialog {

    private final TextArea reason = new TextArea();

    FlagDialog(ModerationQueue moderation, long caseStudyId) {
        setHeaderTitle(getTranslation("moderation.flag.title"));
        reason.setLabel(getTranslation("moderation.flag.reason"));
        reason.setMaxLength(ModerationQueue.REASON_MAX);
        reason.setRequired(true);
        reason.setWidthFull();
        Button send = new Button(getTranslation("moderation.flag.send"), e -> send(moderation, caseStudyId));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("moderation.flag.text")), reason);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
    }

    private void send(ModerationQueue moderation, long caseStudyId) {
        if (reason.getValue().isBlank()) {
            Refusals.refuse(reason, getTranslation("validation.required"));
            return;
        }
        try {
            moderation.flag(CaseStudyLibrary.CONTENT_TYPE, caseStudyId, reason.getValue());
            close();
            Notification.show(getTranslation("moderation.flag.sent"));
        } catch (Refused problem) {
            Refusals.show(problem, this, field -> reason);
        }
    }
}
