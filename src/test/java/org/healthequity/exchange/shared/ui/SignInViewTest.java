package org.healthequity.exchange.shared.ui;

import java.sql.SQLTransientConnectionException;

import org.healthequity.exchange.shared.security.SignInUnavailableException;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinSession;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class SignInViewTest extends ViewTest {

    @Test
    void aSignInThatFailedBecauseTheDatabaseWasDownSaysSoInsteadOfBlamingThePassword() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new SignInUnavailableException(new SQLTransientConnectionException("Connection is not available")));

        navigate("login?error");

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(errorMessage(form)).contains("The portal cannot check your password just now")
                .doesNotContain("password is not right");
    }

    @Test
    void aWrongPasswordIsReportedAsSuch() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new BadCredentialsException("Bad credentials"));

        navigate("login?error");

        assertThat(errorMessage(_get(LoginForm.class))).contains("The e-mail address or password is not right. Check them and try again.");
    }

    /** The texts the browser's login form shows, as sent to it. */
    private static String errorMessage(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
