package org.healthequity.exchange.opencall.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.healthequity.exchange.opencall.ApplicationRow;
import org.healthequity.exchange.opencall.ReviewAssignment;
import org.healthequity.exchange.opencall.ReviewerSlot;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * What the dialogs on one application share (screening, reviewers, decision): the frame, the footer and the way a
 * refusal is shown. In each dialog {@code changed} runs after anything was stored.
 */
final class ApplicationDialogs {

    static final int REASON_MAX = ReviewAssignment.REASON_MAX;

    private ApplicationDialogs() {
    }

    /** "Name: in progress, late" as the secretariat reads a reviewer's assignment. */
    static String slot(Component owner, ReviewerSlot slot) {
        String text = owner.getTranslation("opencall.admin.reviewer-slot", slot.reviewerName(),
                CallLabels.reviewStatus(owner, slot.status()));
        if (slot.late()) {
            text += " · " + owner.getTranslation("opencall.admin.late");
        }
        if (slot.overrideReason() != null) {
            text += " · " + owner.getTranslation("opencall.admin.overridden", slot.overrideReason());
        }
        return text;
    }

    /** Whether every field is filled; the empty ones are marked and announced (the first one focused). */
    @SafeVarargs
    static <F extends HasValue<?, String> & HasValidation> boolean required(Component owner, F... fields) {
        List<F> empty = new ArrayList<>();
        for (F field : fields) {
            boolean blank = field.getValue().isBlank();
            field.setErrorMessage(blank ? owner.getTranslation("opencall.admin.required") : null);
            field.setInvalid(blank);
            if (blank) {
                empty.add(field);
            }
        }
        Refusals.announce(owner, empty, List.of());
        return empty.isEmpty();
    }

    /** Shows each problem next to its field when it has one here, the others as a notification. */
    static void fieldOrNotify(Component owner, Refused problem,
            Map<String, ? extends HasValidation> fields) {
        Refusals.show(problem, owner, fields::get);
    }

    static Dialog dialog(Component owner, String titleKey, ApplicationRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(owner.getTranslation(titleKey, row.institutionName()));
        dialog.setWidth("min(60rem, 95vw)");
        return dialog;
    }

    static void footer(Component owner, Dialog dialog, @Nullable Button primary) {
        dialog.getFooter().add(new Button(owner.getTranslation(primary == null ? "opencall.admin.close"
                : "action.cancel"), e -> dialog.close()));
        if (primary != null) {
            primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(primary);
        }
        dialog.open();
    }
}
