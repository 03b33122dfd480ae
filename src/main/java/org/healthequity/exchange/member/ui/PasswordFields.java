package org.healthequity.exchange.member.ui;

import org.healthequity.exchange.member.PasswordPolicy;
import org.healthequity.exchange.shared.ui.Refusals;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;

/** A new password and its repetition, with the policy's limits and a hint. */
final class PasswordFields {

    final PasswordField password;
    final PasswordField repeat;

    PasswordFields(Component owner) {
        password = new PasswordField(owner.getTranslation("password.new"));
        password.setHelperText(owner.getTranslation("password.hint", PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat = new PasswordField(owner.getTranslation("password.repeat"));
        repeat.setMaxLength(PasswordPolicy.MAX_LENGTH);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
    }

    /** Checks what the browser can check; the service checks again. */
    boolean validate(Component owner) {
        password.setInvalid(false);
        repeat.setInvalid(false);
        int length = password.getValue().codePointCount(0, password.getValue().length());
        if (length < PasswordPolicy.MIN_LENGTH) {
            Refusals.refuse(password, owner.getTranslation("password.too-short", PasswordPolicy.MIN_LENGTH));
            return false;
        }
        if (!password.getValue().equals(repeat.getValue())) {
            Refusals.refuse(repeat, owner.getTranslation("password.mismatch"));
            return false;
        }
        return true;
    }
}
