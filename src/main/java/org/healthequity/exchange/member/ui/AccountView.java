package org.healthequity.exchange.member.ui;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.healthequity.exchange.member.AccessTokens;
import org.healthequity.exchange.member.AccountDeletion;
import org.healthequity.exchange.member.AccountLimits;
import org.healthequity.exchange.member.AccountPasswords;
import org.healthequity.exchange.member.AccountService;
import org.healthequity.exchange.member.AccountSettings;
import org.healthequity.exchange.member.PasswordPolicy;
import org.healthequity.exchange.member.PersonalDataService;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.LocaleSupport;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.ui.TitleKey;
import org.healthequity.exchange.shared.ui.TitledPage;
import org.healthequity.exchange.shared.validation.Refused;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/** The signed-in person's own settings: language, time zone, password and personal access tokens for the API. */
@Route("account")
@Menu(title = "nav.account", order = 90, icon = "vaadin:user-card")
@PermitAll
@TitleKey("account.title")
public class AccountView extends Main implements TitledPage {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
            .sorted(Comparator.naturalOrder()).toList();

    private final AccountService accounts;
    private final AccountPasswords passwords;
    private final LocaleSupport localeSupport;

    private final PersonalDataService personalData;
    private final AccountDeletion deletion;
    private final AuthenticationContext authentication;

    public AccountView(AccountService accounts, AccountPasswords passwords, LocaleSupport localeSupport,
            PersonalDataService personalData, AccountDeletion deletion, AuthenticationContext authentication,
            AccessTokens tokens) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.localeSupport = localeSupport;
        this.personalData = personalData;
        this.deletion = deletion;
        this.authentication = authentication;
        addClassName("narrow-view");
        AccountSettings settings = accounts.mySettings();
        add(new H1(getTranslation("account.title")),
                new Paragraph(getTranslation("account.signed-in-as", settings.displayName(), settings.email())));
        name(settings);
        preferences(settings);
        password();
        add(new AccessTokensSection(tokens));
        yourData();
    }

    private void yourData() {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] zip = personalData.exportMyData();
            return new DownloadResponse(new ByteArrayInputStream(zip), "health-equity-exchange-my-data.zip",
                    "application/zip", zip.length);
        }), getTranslation("account.download"));
        download.getElement().setAttribute("download", true);
        download.addClassName("download-link");

        PasswordField confirmPassword = new PasswordField(getTranslation("account.delete.password"));
        confirmPassword.setMaxLength(PasswordPolicy.MAX_LENGTH);
        Button delete = new Button(getTranslation("account.delete.button"), e -> {
            try {
                deletion.deleteMyAccount(confirmPassword.getValue());
                authentication.logout();
            } catch (Refused problem) {
                Refusals.refuse(confirmPassword, getTranslation(problem.messageKey()));
            }
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Details deletion = new Details(getTranslation("account.delete"),
                new VerticalLayout(new Paragraph(getTranslation("account.delete.intro")), confirmPassword, delete));
        add(new H2(getTranslation("account.data")), new Paragraph(getTranslation("account.data.intro")),
                new Paragraph(getTranslation("account.data.withheld")), download, deletion);
    }

    private void name(AccountSettings settings) {
        TextField name = new TextField(getTranslation("register.name"));
        name.setMaxLength(AccountLimits.NAME_MAX);
        name.setValue(settings.displayName());
        Button save = new Button(getTranslation("account.save-name"), e -> {
            if (name.getValue().isBlank()) {
                Refusals.refuse(name, getTranslation("register.name.required"));
                return;
            }
            accounts.rename(name.getValue());
            name.setInvalid(false);
            Notification.show(getTranslation("account.name-saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        add(name, save);
    }

    private void preferences(AccountSettings settings) {
        Select<Language> language = new Select<>();
        language.setLabel(getTranslation("account.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(settings.language());

        ComboBox<String> zone = new ComboBox<>(getTranslation("account.time-zone"));
        zone.setItems(ZONES);
        zone.setItemLabelGenerator(id -> ViewerTime.zoneName(ZoneId.of(id), getLocale()));
        zone.setHelperText(getTranslation("account.time-zone.hint"));
        zone.setClearButtonVisible(true);
        if (settings.timeZone() != null) {
            zone.setValue(settings.timeZone().getId());
        }
        Button save = new Button(getTranslation("account.save-preferences"), e -> {
            ZoneId chosen = zone.getValue() == null ? null : ZoneId.of(zone.getValue());
            Language picked = language.getValue() == null ? Language.ENGLISH : language.getValue();
            accounts.updatePreferences(picked, chosen);
            ViewerTime.remember(chosen);
            getUI().ifPresent(ui -> {
                localeSupport.choose(ui, picked);
                ui.getPage().reload();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("account.preferences")), language, zone, save);
    }

    private void password() {
        PasswordField current = new PasswordField(getTranslation("account.current-password"));
        current.setMaxLength(PasswordPolicy.MAX_LENGTH);
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        PasswordFields fresh = new PasswordFields(this);
        Button change = new Button(getTranslation("account.change-password"), e -> {
            current.setInvalid(false);
            if (!fresh.validate(this)) {
                return;
            }
            try {
                passwords.changePassword(current.getValue(), fresh.password.getValue(),
                        VaadinSession.getCurrent().getSession().getId());
                current.clear();
                fresh.password.clear();
                fresh.repeat.clear();
                Notification.show(getTranslation("account.password-changed"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (Refused problem) {
                Refusals.refuse("current".equals(problem.field()) ? current : fresh.password,
                        getTranslation(problem.messageKey(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
            }
        });
        add(new H2(getTranslation("account.password")), new Paragraph(getTranslation("account.password.intro")),
                current, fresh.password, fresh.repeat, change);
    }
}
