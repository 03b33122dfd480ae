package org.healthequity.exchange.member.ui;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.DirectoryService;
import org.healthequity.exchange.member.EditableProfile;
import org.healthequity.exchange.member.Expertise;
import org.healthequity.exchange.member.InstitutionRef;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.ProfileForm;
import org.healthequity.exchange.member.ProfileLimits;
import org.healthequity.exchange.member.ProfileService;
import org.healthequity.exchange.member.Visibility;
import org.healthequity.exchange.shared.i18n.Language;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import org.healthequity.exchange.shared.ui.LimitedUpload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;

/**
 * The person edits their own profile and decides, field by field, who sees it. A save that meets a newer version
 * (another tab) is refused with a message and keeps what was typed.
 */
@Route("my/profile")
@Menu(title = "nav.my-profile", order = 11, icon = "vaadin:user")
@PermitAll
public class MyProfileView extends Main implements HasDynamicTitle {

    private final ProfileService profiles;
    private final TextField title = new TextField();
    private final ComboBox<InstitutionRef> institution = new ComboBox<>();
    private final ComboBox<CountryRef> country = new ComboBox<>();
    private final MultiSelectComboBox<Language> languages = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> expertise = new MultiSelectComboBox<>();
    private final TextArea biography = new TextArea();
    private final Checkbox inDirectory = new Checkbox();
    private final java.util.Map<Network, Checkbox> contactable = new java.util.EnumMap<>(Network.class);
    private final Select<Visibility> titleVisibility = new Select<>();
    private final Select<Visibility> institutionVisibility = new Select<>();
    private final Select<Visibility> countryVisibility = new Select<>();
    private final Select<Visibility> languagesVisibility = new Select<>();
    private final Select<Visibility> expertiseVisibility = new Select<>();
    private final Select<Visibility> biographyVisibility = new Select<>();
    private final Select<Visibility> photoVisibility = new Select<>();
    private final Paragraph photoProblem = new Paragraph();
    private long version;

    public MyProfileView(ProfileService profiles, DirectoryService directory, Countries countries) {
        this.profiles = profiles;
        addClassName("narrow-view");
        Language viewer = Language.of(getLocale());
        title.setLabel(getTranslation("profile.title"));
        title.setMaxLength(ProfileLimits.TITLE_MAX);
        List<InstitutionRef> institutions = directory.institutions();
        institution.setLabel(getTranslation("profile.institution"));
        institution.setItems(institutions);
        institution.setItemLabelGenerator(InstitutionRef::name);
        institution.setClearButtonVisible(true);
        List<CountryRef> countryList = countries.all(viewer);
        country.setLabel(getTranslation("profile.country"));
        country.setItems(countryList);
        country.setItemLabelGenerator(CountryRef::name);
        country.setClearButtonVisible(true);
        languages.setLabel(getTranslation("profile.languages"));
        languages.setItems(Language.values());
        languages.setItemLabelGenerator(Language::nativeName);
        expertise.setLabel(getTranslation("profile.expertise"));
        expertise.setItems(Expertise.all());
        expertise.setItemLabelGenerator(code -> Labels.expertise(this, code));
        biography.setLabel(getTranslation("profile.biography"));
        biography.setMaxLength(ProfileLimits.BIOGRAPHY_MAX);
        biography.setHelperText(getTranslation("profile.biography.hint", ProfileLimits.BIOGRAPHY_MAX));
        inDirectory.setLabel(getTranslation("profile.in-directory"));
        visibility(titleVisibility, "profile.title");
        visibility(institutionVisibility, "profile.institution");
        visibility(countryVisibility, "profile.country");
        visibility(languagesVisibility, "profile.languages");
        visibility(expertiseVisibility, "profile.expertise");
        visibility(biographyVisibility, "profile.biography");
        visibility(photoVisibility, "profile.photo");

        EditableProfile loaded = profiles.myProfile();
        show(loaded.form(), institutions, countryList);
        version = loaded.version();
        loaded.contactable().forEach((network, consent) -> {
            Checkbox box = new Checkbox(getTranslation("profile.contactable", Labels.network(this, network)), consent);
            contactable.put(network, box);
        });

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.add(title, titleVisibility, institution, institutionVisibility, country, countryVisibility, languages,
                languagesVisibility, expertise, expertiseVisibility, biography, biographyVisibility);
        Button save = new Button(getTranslation("profile.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("nav.my-profile")), new Paragraph(getTranslation("profile.privacy-intro")),
                inDirectory);
        contactable.values().forEach(this::add);
        add(form, photo(), save);
    }

    private VerticalLayout photo() {
        Upload upload = new Upload(new LimitedUpload(ProfileService.PHOTO_MAX_BYTES, this::photoUploaded,
                () -> showPhotoProblem("profile.photo.too-large")));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        upload.setMaxFileSize(ProfileService.PHOTO_MAX_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> showPhotoProblem("profile.photo.too-large"));
        photoProblem.setVisible(false);
        photoProblem.addClassName("field-error");
        photoProblem.getElement().setAttribute("role", "alert");
        Button remove = new Button(getTranslation("profile.photo.remove"), e -> {
            profiles.removeMyPhoto();
            Notification.show(getTranslation("profile.saved"));
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        VerticalLayout box = new VerticalLayout(new Paragraph(getTranslation("profile.photo.hint")), upload,
                photoProblem, photoVisibility, remove);
        box.setPadding(false);
        return box;
    }

    /** Checks and stores an uploaded photo; a refusal is shown next to the upload with its reason. */
    void photoUploaded(byte[] bytes) {
        try {
            profiles.setMyPhoto(bytes);
            photoProblem.setVisible(false);
            Notification.show(getTranslation("profile.photo.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (Refused problem) {
            showPhotoProblem(problem.messageKey());
        }
    }

    private void showPhotoProblem(String key) {
        photoProblem.setText(getTranslation(key));
        photoProblem.setVisible(true);
    }

    private void visibility(Select<Visibility> select, String fieldKey) {
        select.setLabel(getTranslation("profile.visible-to", getTranslation(fieldKey)));
        select.setItems(Visibility.values());
        select.setItemLabelGenerator(v -> Labels.visibility(this, v));
    }

    private void show(ProfileForm form, List<InstitutionRef> institutions, List<CountryRef> countryList) {
        title.setValue(form.title() == null ? "" : form.title());
        institution.setValue(institutions.stream().filter(i -> form.institutionId() != null
                && i.id() == form.institutionId()).findFirst().orElse(null));
        country.setValue(countryList.stream().filter(c -> c.iso2().equals(form.country())).findFirst().orElse(null));
        languages.setValue(form.languages());
        expertise.setValue(form.expertise());
        biography.setValue(form.biography() == null ? "" : form.biography());
        inDirectory.setValue(form.inDirectory());
        titleVisibility.setValue(form.titleVisibility());
        institutionVisibility.setValue(form.institutionVisibility());
        countryVisibility.setValue(form.countryVisibility());
        languagesVisibility.setValue(form.languagesVisibility());
        expertiseVisibility.setValue(form.expertiseVisibility());
        biographyVisibility.setValue(form.biographyVisibility());
        photoVisibility.setValue(form.photoVisibility());
    }

    private void save() {
        ProfileForm form = new ProfileForm(title.getValue(),
                institution.getValue() == null ? null : institution.getValue().id(),
                country.getValue() == null ? null : country.getValue().iso2(), biography.getValue(),
                inDirectory.getValue(), titleVisibility.getValue(), institutionVisibility.getValue(),
                countryVisibility.getValue(), languagesVisibility.getValue(), expertiseVisibility.getValue(),
                biographyVisibility.getValue(),
                languages.getValue().isEmpty() ? EnumSet.noneOf(Language.class) : EnumSet.copyOf(languages.getValue()),
                new HashSet<>(expertise.getValue()), photoVisibility.getValue());
        try {
            version = profiles.saveMyProfile(form, version);
            contactable.forEach((network, box) -> profiles.setMyContactConsent(network, box.getValue()));
            Notification.show(getTranslation("profile.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ChangedMeanwhile conflict) {
            Notification notification = Notification.show(getTranslation("profile.conflict"));
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.setDuration(10_000);
        } catch (Refused problem) {
            HasValidation field = switch (problem.field()) {
                case "country" -> country;
                case "institution" -> institution;
                default -> expertise;
            };
            field.setErrorMessage(getTranslation(problem.messageKey()));
            field.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-profile") + " · " + getTranslation("app.name");
    }
}
