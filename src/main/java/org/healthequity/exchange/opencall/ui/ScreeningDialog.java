package org.healthequity.exchange.opencall.ui;

import java.util.Map;

import org.healthequity.exchange.opencall.ApplicationRow;
import org.healthequity.exchange.opencall.ReviewAssignment;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.validation.Refused;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** Screens one application: eligible or not, with the reason the applicant will read. */
final class ScreeningDialog {

    private ScreeningDialog() {
    }

    static void open(Component owner, ReviewAssignment assignment, ApplicationRow row, Runnable changed) {
        Dialog dialog = ApplicationDialogs.dialog(owner, "opencall.admin.screen-title", row);
        RadioButtonGroup<Boolean> eligible = new RadioButtonGroup<>(owner.getTranslation("opencall.admin.screening"));
        eligible.setItems(true, false);
        eligible.setItemLabelGenerator(e -> owner.getTranslation(e ? "opencall.admin.eligible"
                : "opencall.admin.not-eligible"));
        if (row.screening() != null) {
            eligible.setValue("ELIGIBLE".equals(row.screening()));
        }
        TextArea reason = new TextArea(owner.getTranslation("opencall.admin.screening-reason"));
        reason.setHelperText(owner.getTranslation("opencall.admin.screening-reason-help"));
        reason.setMaxLength(ApplicationDialogs.REASON_MAX);
        reason.setWidthFull();
        reason.setValue(row.screeningReason() == null ? "" : row.screeningReason());
        dialog.add(eligible, reason);
        Button save = new Button(owner.getTranslation("opencall.admin.screen-save"), e -> {
            if (eligible.getValue() == null) {
                Refusals.refuse(eligible, owner.getTranslation("opencall.admin.choose-one"));
                return;
            }
            try {
                assignment.screen(row.id(), eligible.getValue(), reason.getValue());
                dialog.close();
                CallLabels.done(owner, "opencall.admin.screened", row.institutionName());
                changed.run();
            } catch (Refused problem) {
                ApplicationDialogs.fieldOrNotify(owner, problem, Map.of("reason", reason));
            }
        });
        ApplicationDialogs.footer(owner, dialog, save);
    }
}
