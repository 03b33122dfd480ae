package org.healthequity.exchange.member.ui;

import org.healthequity.exchange.member.AccountLimits;
import org.healthequity.exchange.member.AccountPasswords;
import org.healthequity.exchange.shared.i18n.Language;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.ui.TitleKey;
import org.healthequity.exchange.shared.ui.TitledPage;

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
@Route("password/forgot")
@AnonymousAllowed
@TitleKey("forgot.title")
public class ForgotPasswordView extends Main implements TitledPage {

    public ForgotPasswordView(AccountPasswords accounts) {
        addClassName("narrow-view");
        EmailField email = new EmailField(getTranslation("forgot.email"));
        email.setMaxLength(AccountLimits.EMAIL_MAX);
        email.setRequiredIndicatorVisible(true);
        Button send = new Button(getTranslation("forgot.submit"), e -> {
            if (email.getValue().isBlank() || email.isInvalid()) {
                Refusals.refuse(email, getTranslation("register.email.invalid"));
                return;
            }
            accounts.requestPasswordReset(email.getValue(), Language.of(getLocale()));
            removeAll();
            add(new H1(getTranslation("forgot.title")),
                    new Paragraph(getTranslation("forgot.sent", email.getValue())),
                    new Anchor("login", getTranslation("forgot.back")));
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("forgot.title")), new Paragraph(getTranslation("forgot.intro")), email, send);
    }
}
