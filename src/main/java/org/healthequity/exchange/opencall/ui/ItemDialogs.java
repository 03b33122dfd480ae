package org.healthequity.exchange.opencall.ui;

import java.util.function.BooleanSupplier;

import org.healthequity.exchange.opencall.CallDefinition;
import org.healthequity.exchange.shared.ui.Refusals;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** What the dialogs editing one declaration, question or criterion share: the frame, the key and the footer. */
final class ItemDialogs {

    private ItemDialogs() {
    }

    static Dialog dialog(Component owner, String titleKey) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(owner.getTranslation(titleKey));
        dialog.setWidth("min(60rem, 95vw)");
        return dialog;
    }

    static TextField key(Component owner, String value) {
        TextField key = new TextField(owner.getTranslation("opencall.admin.key"));
        key.setHelperText(owner.getTranslation("opencall.admin.key-help"));
        key.setMaxLength(CallDefinition.KEY_MAX);
        key.setRequiredIndicatorVisible(true);
        key.setValue(value);
        return key;
    }

    /** The key the service accepts ({@link CallDefinition#KEY}), checked here too so the message is next to it. */
    static boolean validKey(Component owner, TextField key) {
        boolean ok = CallDefinition.KEY.matcher(key.getValue().strip()).matches();
        key.setErrorMessage(ok ? null : owner.getTranslation("opencall.problem.key", key.getValue()));
        key.setInvalid(!ok);
        return ok;
    }

    static IntegerField number(Component owner, String labelKey, int value, int min, int max) {
        IntegerField field = new IntegerField(owner.getTranslation(labelKey));
        field.setMin(min);
        field.setMax(max);
        field.setValue(value);
        return field;
    }

    /** Whether every number is filled; marks the empty ones. */
    static boolean present(Component owner, IntegerField... fields) {
        boolean ok = true;
        for (IntegerField field : fields) {
            boolean present = field.getValue() != null;
            field.setErrorMessage(present ? null : owner.getTranslation("opencall.admin.required"));
            field.setInvalid(!present);
            ok &= present;
        }
        return ok;
    }

    static void mark(IntegerField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /** Apply (when the check passes, the dialog closes) and cancel. */
    static void footer(Component owner, Dialog dialog, BooleanSupplier apply) {
        Button ok = new Button(owner.getTranslation("opencall.admin.apply"), e -> {
            if (apply.getAsBoolean()) {
                dialog.close();
            } else {
                Refusals.announceMarked(dialog);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(owner.getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }
}
