package org.healthequity.exchange.member.ui;

import org.healthequity.exchange.member.AccountPasswords;
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
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.ui.TitleKey;
import org.healthequity.exchange.shared.ui.TitledPage;

/** Sets a new password from a mailed single-use link. */
@Route("password/reset")
@AnonymousAllowed
@TitleKey("reset.title")
public class ResetPasswordView extends Main implements BeforeEnterObserver, TitledPage {

    private final AccountPasswords accounts;
    private final PasswordFields passwords = new PasswordFields(this);
    private String token = "";

    public ResetPasswordView(AccountPasswords accounts) {
        this.accounts = accounts;
        addClassName("narrow-view");
        Button save = new Button(getTranslation("reset.submit"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("reset.title")), passwords.password, passwords.repeat, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
    }

    private void save() {
        if (!passwords.validate(this)) {
            return;
        }
        try {
            TokenOutcome outcome = token.isBlank() ? TokenOutcome.INVALID
                    : accounts.resetPassword(token, passwords.password.getValue());
            if (outcome == TokenOutcome.DONE) {
                getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("reset", "")));
                return;
            }
            removeAll();
            add(new H1(getTranslation("reset.title")),
                    new Paragraph(getTranslation(outcome == TokenOutcome.EXPIRED ? "reset.expired" : "reset.invalid")),
                    new Anchor("password/forgot", getTranslation("reset.again")));
        } catch (Refused problem) {
            Refusals.refuse(passwords.password,
                    getTranslation(problem.messageKey(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        }
    }
}
