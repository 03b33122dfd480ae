package org.healthequity.exchange.opencall.ui;

import java.util.function.Consumer;

import org.healthequity.exchange.opencall.CallDefinition.Declaration;
import org.healthequity.exchange.opencall.Texts;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;

/** Edits one eligibility declaration: its key and its text in the six languages. */
final class DeclarationDialog {

    private DeclarationDialog() {
    }

    static void open(Component owner, @Nullable Declaration item, Consumer<Declaration> done) {
        Dialog dialog = ItemDialogs.dialog(owner, "opencall.admin.declaration");
        TextField key = ItemDialogs.key(owner, item == null ? "" : item.key());
        TextsField text = new TextsField("opencall.admin.declaration-text", true, true);
        text.setValue(item == null ? Texts.empty() : item.text());
        dialog.add(key, text);
        ItemDialogs.footer(owner, dialog, () -> {
            boolean ok = ItemDialogs.validKey(owner, key) & text.validate();
            if (ok) {
                done.accept(new Declaration(key.getValue().strip(), text.getValue()));
            }
            return ok;
        });
    }
}
