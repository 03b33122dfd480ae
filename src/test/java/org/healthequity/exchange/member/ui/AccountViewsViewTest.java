package org.healthequity.exchange.member.ui;

import java.time.ZoneId;

import org.healthequity.exchange.member.AccountService;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.ui.LoginView;
import org.healthequity.exchange.support.Outbox;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class AccountViewsViewTest extends ViewTest {

    private static final String PASSWORD = "a long walk to Geneva";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void registrationCreatesAnAccountWithoutPasswordAndAsksToConfirmTheAddress() {
        String email = uniqueEmail("view");
        navigate("register");
        assertThat(_find(PasswordField.class)).as("the password is chosen from the mailed link").isEmpty();
        register("Fatima Diallo", email);

        assertThat(_get(H1.class).getText()).isEqualTo("Check your mail");
        ExchangeUser user = (ExchangeUser) users.loadUserByUsername(email);
        assertThat(user.displayName()).isEqualTo("Fatima Diallo");
        assertThat(user.isEnabled()).isFalse();
        assertThat(jdbc.queryForObject("select password_hash from account where email = ?", String.class, email))
                .isNull();
        assertThat(Outbox.templatesFor(jdbc, email)).containsExactly("confirm-email");
    }

    @Test
    void registrationShowsTheProblemNextToTheFieldAndKeepsWhatWasTyped() {
        register("Bad Address", "not an address");
        EmailField address = _get(EmailField.class, spec -> spec.withLabel("E-mail address"));
        assertThat(address.isInvalid()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Full name")).getValue()).isEqualTo("Bad Address");
    }

    @Test
    void theConfirmationLinkLetsThePersonChooseTheirPasswordOnce() {
        String email = uniqueEmail("confirm");
        register("Confirm Me", email);
        String token = Outbox.latestToken(jdbc, email);

        navigate("register/confirm?token=" + token);
        choosePassword("too short", "too short");
        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("New password"));
        assertThat(password.getErrorMessage()).isEqualTo("Use at least 12 characters.");
        choosePassword("passwordpassword", "passwordpassword");
        assertThat(password.getErrorMessage()).contains("too common");
        choosePassword(PASSWORD, "something else");
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Repeat the new password")).getErrorMessage())
                .isEqualTo("The two passwords are not the same.");
        assertThat(users.loadUserByUsername(email).isEnabled()).isFalse();

        choosePassword(PASSWORD, PASSWORD);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Thank you, your address is confirmed and your account is active.");
        assertThat(users.loadUserByUsername(email).isEnabled()).isTrue();
        assertThat(passwords.matches(PASSWORD, users.loadUserByUsername(email).getPassword())).isTrue();

        navigate("register/confirm?token=" + token);
        choosePassword("another long sentence", "another long sentence");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("This link is not valid or has already been used.");
        assertThat(passwords.matches(PASSWORD, users.loadUserByUsername(email).getPassword())).isTrue();
    }

    @Test
    void aForgottenPasswordCanBeResetFromTheMailedLink() {
        navigate("password/forgot");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-mail address")), "researcher@example.org");
        _click(_get(Button.class, spec -> spec.withText("Send the link")));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("If researcher@example.org belongs to an account"));

        navigate("password/reset?token=" + Outbox.latestToken(jdbc, "researcher@example.org"));
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "exchange-demo-renewed");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Repeat the new password")), "exchange-demo-renewed");
        _click(_get(Button.class, spec -> spec.withText("Save the new password")));
        assertThat(currentView()).isEqualTo(LoginView.class);
        assertThat(passwords.matches("exchange-demo-renewed",
                users.loadUserByUsername("researcher@example.org").getPassword())).isTrue();
        jdbc.update("update account set password_hash = ? where email = 'researcher@example.org'",
                passwords.encode("exchange-demo"));
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        String nobody = uniqueEmail("nobody");
        navigate("password/forgot");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-mail address")), nobody);
        _click(_get(Button.class, spec -> spec.withText("Send the link")));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("If " + nobody + " belongs to an account"));
        assertThat(Outbox.templatesFor(jdbc, nobody)).isEmpty();
    }

    @Test
    void aSignedInPersonChangesTheirPasswordAndPreferences() {
        String email = uniqueEmail("settings");
        register("Settings Person", email);
        context.getBean(AccountService.class)
                .confirmEmail(Outbox.latestToken(jdbc, email), PASSWORD);
        login(email);
        navigate("account");

        PasswordField current = _get(PasswordField.class, spec -> spec.withLabel("Current password"));
        _setValue(current, "not the password");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "another long sentence");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Repeat the new password")), "another long sentence");
        _click(_get(Button.class, spec -> spec.withText("Change password")));
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("The current password is not right.");

        _setValue(current, PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Change password")));
        assertThat(passwords.matches("another long sentence", users.loadUserByUsername(email).getPassword())).isTrue();

        _setValue(_get(TextField.class, spec -> spec.withLabel("Full name")), "Settings Person Renamed");
        _click(_get(Button.class, spec -> spec.withText("Save name")));
        assertThat(((ExchangeUser) users.loadUserByUsername(email)).displayName()).isEqualTo("Settings Person Renamed");

        @SuppressWarnings("unchecked")
        ComboBox<String> zone = _get(ComboBox.class, spec -> spec.withLabel("Time zone"));
        _setValue(zone, "America/Sao_Paulo");
        _click(_get(Button.class, spec -> spec.withText("Save preferences")));
        assertThat(((ExchangeUser) users.loadUserByUsername(email)).timeZone())
                .isEqualTo(ZoneId.of("America/Sao_Paulo"));
    }

    @Test
    void aPersonDeletesTheirAccountAfterConfirmingWithTheirPassword() {
        String email = uniqueEmail("leaving");
        register("Leaving Person", email);
        context.getBean(AccountService.class)
                .confirmEmail(Outbox.latestToken(jdbc, email), PASSWORD);
        ExchangeUser user = login(email);
        navigate("account");
        PasswordField confirm = _get(PasswordField.class, spec -> spec.withLabel("Your password, to confirm"));
        _setValue(confirm, "wrong password here");
        _click(_get(Button.class, spec -> spec.withText("Delete my account for good")));
        assertThat(confirm.isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select status from account where id = ?", String.class, user.accountId()))
                .isEqualTo("ACTIVE");

        _setValue(confirm, PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Delete my account for good")));
        assertThat(jdbc.queryForObject("select status from account where id = ?", String.class, user.accountId()))
                .isEqualTo("DELETED");
    }

    private void register(String name, String email) {
        navigate("register");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Full name")), name);
        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-mail address")), email);
        _click(_get(Button.class, spec -> spec.withText("Create account")));
    }

    private void choosePassword(String password, String repeat) {
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), password);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Repeat the new password")), repeat);
        _click(_get(Button.class, spec -> spec.withText("Save the password and activate my account")));
    }
}
