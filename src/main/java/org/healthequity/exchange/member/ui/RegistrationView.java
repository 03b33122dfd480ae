package org.healthequity.exchange.member.ui;

import org.healthequity.exchange.member.AccountLimits;
import org.healthequity.exchange.member.AccountService;
import org.healthequity.exchange.member.Registration;
import org.healthequity.exchange.shared.i18n.Language;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.validation.ConstraintViolationException;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.ui.TitleKey;
import org.healthequity.exchange.shared.ui.TitledPage;

/**
 * Self-registration: creates an applicant account that becomes usable once the address is confirmed; the password is
 * chosen on the page the confirmation link opens.
 */
@Route("register")
@AnonymousAllowed
@TitleKey("register.title")
public class RegistrationView extends Main implements TitledPage {

    private final AccountService accounts;
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final Select<Language> language = new Select<>();
    private final FormLayout form = new FormLayout();

    public RegistrationView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("narrow-view");
        name.setLabel(getTranslation("register.name"));
        name.setMaxLength(AccountLimits.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("register.email"));
        email.setMaxLength(AccountLimits.EMAIL_MAX);
        email.setRequiredIndicatorVisible(true);
        email.setErrorMessage(getTranslation("register.email.invalid"));
        language.setLabel(getTranslation("register.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(Language.of(getLocale()));
        Button submit = new Button(getTranslation("register.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(name, email, language, submit);
        add(new H1(getTranslation("register.title")), new Paragraph(getTranslation("register.intro")), form,
                new Anchor("login", getTranslation("register.have-account")));
    }

    private void submit() {
        name.setInvalid(false);
        if (name.getValue().isBlank()) {
            Refusals.refuse(name, getTranslation("register.name.required"));
            return;
        }
        if (email.getValue().isBlank() || email.isInvalid()) {
            Refusals.refuse(email, getTranslation("register.email.invalid"));
            return;
        }
        try {
            accounts.register(new Registration(name.getValue(), email.getValue(),
                    language.getValue() == null ? Language.ENGLISH : language.getValue()));
            removeAll();
            add(new H1(getTranslation("register.sent.title")),
                    new Paragraph(getTranslation("register.sent.text", email.getValue())));
        } catch (ConstraintViolationException invalid) {
            Refusals.refuse(email, getTranslation("register.email.invalid"));
        }
    }
}
