package org.healthequity.exchange.opencall.ui;

import java.util.function.Consumer;

import org.healthequity.exchange.opencall.CallDefinition.Criterion;
import org.healthequity.exchange.opencall.Texts;
import org.healthequity.exchange.shared.validation.Refused.FieldProblem;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Edits one rubric criterion: key, weight, scale, label and guidance. The bounds of the fields and the check before
 * applying are the criterion's own rules ({@link Criterion}), the ones the service applies when the call is saved.
 */
final class CriterionDialog {

    private CriterionDialog() {
    }

    static void open(Component owner, @Nullable Criterion item, Consumer<Criterion> done) {
        Dialog dialog = ItemDialogs.dialog(owner, "opencall.admin.criterion");
        TextField key = ItemDialogs.key(owner, item == null ? "" : item.key());
        IntegerField weight = ItemDialogs.number(owner, "opencall.admin.weight",
                item == null ? Criterion.DEFAULT_WEIGHT : item.weight(), Criterion.WEIGHT_MIN, Criterion.WEIGHT_MAX);
        IntegerField min = ItemDialogs.number(owner, "opencall.admin.scale-min",
                item == null ? Criterion.DEFAULT_SCALE_MIN : item.scaleMin(), Criterion.SCALE_FLOOR,
                Criterion.SCALE_CEILING);
        IntegerField max = ItemDialogs.number(owner, "opencall.admin.scale-max",
                item == null ? Criterion.DEFAULT_SCALE_MAX : item.scaleMax(), Criterion.SCALE_FLOOR,
                Criterion.SCALE_CEILING);
        TextsField label = new TextsField("opencall.admin.criterion-label", false, true);
        label.setValue(item == null ? Texts.empty() : item.label());
        TextsField guidance = new TextsField("opencall.admin.guidance", true, false);
        guidance.setValue(item == null ? Texts.empty() : item.guidance());
        dialog.add(new FormLayout(key, weight, min, max), label, new H3(owner.getTranslation("opencall.admin.guidance")),
                guidance);
        ItemDialogs.footer(owner, dialog, () -> {
            boolean ok = ItemDialogs.validKey(owner, key) & label.validate() & ItemDialogs.present(owner, weight, min,
                    max);
            if (!ok) {
                return false;
            }
            Criterion edited = new Criterion(key.getValue().strip(), weight.getValue(), min.getValue(),
                    max.getValue(), label.getValue(), guidance.getValue());
            if (max.getValue() <= min.getValue()) {
                ItemDialogs.mark(max, owner.getTranslation("opencall.admin.scale-order"));
                return false;
            }
            FieldProblem weightProblem = edited.weightProblem("weight");
            FieldProblem scaleProblem = edited.scaleProblem("scaleMax");
            if (weightProblem != null) {
                ItemDialogs.mark(weight, CallLabels.problem(owner, weightProblem));
            }
            if (scaleProblem != null) {
                ItemDialogs.mark(max, CallLabels.problem(owner, scaleProblem));
            }
            if (weightProblem != null || scaleProblem != null) {
                return false;
            }
            done.accept(edited);
            return true;
        });
    }
}
