package org.healthequity.exchange.shared.security.oidc;

import java.util.Map;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.security.ExternalSignIn;
import org.healthequity.exchange.shared.security.SingleSignOnFailedException;
import org.healthequity.exchange.shared.ui.LoginView;
import org.healthequity.exchange.shared.ui.SignInRefusedView;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.web.WebAttributes;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinSession;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class SingleSignOnLoginViewTest extends ViewTest {

    @Autowired
    ExternalSignIn accounts;

    @Autowired
    AuditLog audit;

    @Test
    void withoutAProviderTheSignInPageHasNoSingleSignOnButton() {
        navigate("login");

        assertThat(_find(Anchor.class, spec -> spec.withClasses("sso-button"))).isEmpty();
    }

    @Test
    void withAProviderTheSignInPageOffersItsButtonByName() {
        LoginView page = new LoginView(providers(settings("WHO account")));
        UI.getCurrent().add(page);

        Anchor button = _get(page, Anchor.class, spec -> spec.withClasses("sso-button"));
        assertThat(button.getText()).isEqualTo("Sign in with WHO account");
        assertThat(button.getHref()).isEqualTo("oauth2/authorization/oidc");
        assertThat(button.isRouterIgnore()).as("the browser itself goes to the provider").isTrue();
    }

    @Test
    void withAnUnnamedProviderTheButtonSaysOrganisationAccount() {
        LoginView page = new LoginView(providers(settings("")));
        UI.getCurrent().add(page);

        assertThat(_get(page, Anchor.class, spec -> spec.withClasses("sso-button")).getText())
                .isEqualTo("Sign in with your organisation’s account");
    }

    @Test
    void aFailedSingleSignOnIsReportedAsSuchAndNotAsAWrongPassword() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new SingleSignOnFailedException("invalid_nonce", null));

        navigate("login?error");

        String texts = String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n"));
        assertThat(texts).contains("Single sign-on did not succeed").doesNotContain("password is not right");
    }

    @Test
    void someoneWhoseAddressTheProviderDidNotVerifyIsToldWhy() {
        navigate("login/unknown?unverified");

        assertThat(_get(H1.class).getText()).isEqualTo("No account for this sign-in");
        assertThat(_get(SignInRefusedView.class).getElement().getTextRecursively()).contains(
                "did not confirm your e-mail address", "ask its secretariat to invite you");
        assertThat(_get(Anchor.class, spec -> spec.withText("See the calls for applications")).getHref())
                .isEqualTo("calls");
    }

    private static OidcSettings settings(String name) {
        return new OidcSettings("https://login.example.org", "portal", "secret", name, "groups", "", false);
    }

    private org.springframework.beans.factory.ObjectProvider<SingleSignOn> providers(OidcSettings settings) {
        SingleSignOn sso = new SingleSignOn(settings, RoleMapping.parse(""), accounts, audit, context);
        return new StaticListableBeanFactory(Map.of("singleSignOn", sso)).getBeanProvider(SingleSignOn.class);
    }
}
