package org.healthequity.exchange.shared.ui;

import org.healthequity.exchange.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.healthequity.exchange.shared.security.LoginThrottledException;
import org.healthequity.exchange.shared.security.SignInUnavailableException;
import org.healthequity.exchange.shared.security.SingleSignOnFailedException;
import org.healthequity.exchange.shared.security.oidc.SingleSignOn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in with the e-mail address as username; explains why a sign-in failed without revealing too much. */
@Route("login")
@AnonymousAllowed
@TitleKey("login.title")
public class LoginView extends VerticalLayout implements BeforeEnterObserver, TitledPage {

    private final LoginForm login = new LoginForm();
    private final Paragraph notice = new Paragraph();

    public LoginView(ObjectProvider<SingleSignOn> singleSignOn) {
        addClassName("login-view");
        setAlignItems(Alignment.CENTER);
        login.setAction("login");
        login.setI18n(i18n(null));
        login.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate("password/forgot")));
        notice.setVisible(false);
        notice.addClassName("notice");
        // The page's own heading (the form's title inside the component is not one of the page's headings).
        add(new H1(getTranslation("login.title")), notice);
        singleSignOn.ifAvailable(this::addSingleSignOn);
        Anchor register = new Anchor("register", getTranslation("login.register-link"));
        add(login, register);
    }

    /** The provider's button, above the password form: a plain link, so the browser itself goes to the provider. */
    private void addSingleSignOn(SingleSignOn sso) {
        Anchor button = new Anchor(sso.startPath(), sso.providerName()
                .map(name -> getTranslation("login.sso.button", name))
                .orElseGet(() -> getTranslation("login.sso.button-default")));
        button.setRouterIgnore(true);
        button.addClassName("sso-button");
        Paragraph or = new Paragraph(getTranslation("login.sso.or"));
        or.addClassName("sso-or");
        add(button, or);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.get().isPresent()) {
            event.forwardTo("dashboard");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            login.setI18n(i18n(errorKey()));
            login.setError(true);
        } else if (parameters.containsKey("expired")) {
            showNotice("login.notice.expired");
        } else if (parameters.containsKey("confirmed")) {
            showNotice("login.notice.confirmed");
        } else if (parameters.containsKey("reset")) {
            showNotice("login.notice.reset");
        }
    }

    private void showNotice(String key) {
        notice.setText(getTranslation(key));
        notice.setVisible(true);
    }

    private Object[] errorArguments = new Object[0];

    private String errorKey() {
        @Nullable WrappedSession session = VaadinSession.getCurrent() == null ? null
                : VaadinSession.getCurrent().getSession();
        Object exception = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (exception instanceof LoginThrottledException throttled) {
            errorArguments = new Object[] { Math.max(1, throttled.retryAfter().toSeconds()) };
            return "login.error.throttled";
        }
        if (exception instanceof SingleSignOnFailedException) {
            return "login.error.sso";
        }
        if (exception instanceof SignInUnavailableException) {
            return "login.error.unavailable";
        }
        if (exception instanceof DisabledException) {
            return "login.error.unconfirmed";
        }
        if (exception instanceof LockedException) {
            return "login.error.suspended";
        }
        return "login.error.credentials";
    }

    private LoginI18n i18n(@Nullable String errorKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation(errorKey == null ? "login.error.credentials" : errorKey, errorArguments));
        error.setUsername(getTranslation("login.error.username-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }
}
