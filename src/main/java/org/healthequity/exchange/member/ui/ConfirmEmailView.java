package org.healthequity.exchange.member.ui;

import org.healthequity.exchange.member.AccountService;
import org.healthequity.exchange.member.PasswordPolicy;
import org.healthequity.exchange.member.TokenOutcome;
import org.healthequity.exchange.shared.validation.Refused;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.ui.TitleKey;
import org.healthequity.exchange.shared.ui.TitledPage;

/**
 * Confirms an address from the mailed link: the person who opened it chooses the account's password here, so only the
 * owner of the mailbox ever sets it. Nothing happens on load, so mail scanners that open links use nothing up.
 */
@Route("register/confirm")
@AnonymousAllowed
@TitleKey("confirm.title")
public class ConfirmEmailView extends Main implements BeforeEnterObserver, TitledPage {

    private final AccountService accounts;
    private final PasswordFields passwords = new PasswordFields(this);
    private String token = "";

    public ConfirmEmailView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("narrow-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        removeAll();
        Button confirm = new Button(getTranslation("confirm.button"), e -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("confirm.title")), new Paragraph(getTranslation("confirm.intro")),
                passwords.password, passwords.repeat, confirm);
    }

    private void confirm() {
        if (!passwords.validate(this)) {
            return;
        }
        TokenOutcome outcome;
        try {
            outcome = token.isBlank() ? TokenOutcome.INVALID
                    : accounts.confirmEmail(token, passwords.password.getValue());
        } catch (Refused problem) {
            Refusals.refuse(passwords.password,
                    getTranslation(problem.messageKey(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
            return;
        }
        removeAll();
        add(new H1(getTranslation("confirm.title")));
        switch (outcome) {
            case DONE -> add(new Paragraph(getTranslation("confirm.done")),
                    new Anchor("login?confirmed", getTranslation("confirm.sign-in")));
            case EXPIRED -> add(new Paragraph(getTranslation("confirm.expired")),
                    new Anchor("register", getTranslation("confirm.register-again")));
            case INVALID -> add(new Paragraph(getTranslation("confirm.invalid")),
                    new Anchor("login", getTranslation("confirm.sign-in")));
        }
    }
}
