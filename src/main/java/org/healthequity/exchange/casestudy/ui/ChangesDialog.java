package org.healthequity.exchange.casestudy.ui;

import org.healthequity.exchange.casestudy.CaseStudyClearance;
import org.healthequity.exchange.casestudy.ClearanceItem;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;


/**
 * A focal point asks for changes to a case study, with comments for its authors. A refusal is shown next to the
 * comment; a decision taken meanwhile by another focal point is said in a notification, and the comment stays.
 */
class ChangesDialog extends Dialog {

    private final TextArea comment = new TextArea();

    ChangesDialog(CaseStudyClearance clearance, ClearanceItem item, Runnable decided) {
        setHeaderTitle(getTranslation("clearance.request-changes") + ": " + item.title());
        comment.setLabel(getTranslation("clearance.comment"));
        comment.setHelperText(getTranslation("clearance.comment.help"));
        comment.setMaxLength(CaseStudyClearance.COMMENT_MAX);
        comment.setWidthFull();
        add(comment);
        Button send = new Button(getTranslation("clearance.send-back"), e -> send(clearance, item, decided));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(send, new Button(getTranslation("action.cancel"), e -> close()));
    }

    private void send(CaseStudyClearance clearance, ClearanceItem item, Runnable decided) {
        comment.setInvalid(false);
        try {
            clearance.requestChanges(item.id(), item.version(), comment.getValue());
            close();
            Notification.show(getTranslation("clearance.changes-sent"));
            decided.run();
        } catch (Refused refused) {
            Refusals.show(refused, this, field -> "comment".equals(field) ? comment : null);
        } catch (ChangedMeanwhile conflict) {
            Refusals.changedMeanwhile(this, "clearance.changed-meanwhile");
        }
    }
}
