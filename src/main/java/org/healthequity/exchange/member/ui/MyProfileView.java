package org.healthequity.exchange.member.ui;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.healthequity.exchange.shared.ui.ComponentTexts;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;

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
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import org.healthequity.exchange.shared.ui.TitledPage;

/**
 * The person edits their own profile and decides, field by field, who sees it. A save that meets a newer version
 * (another tab) is refused with a message and keeps what was typed.
 */
@Route("my/profile")
@Menu(title = "nav.my-profile", order = 11, icon = "vaadin:user")
@PermitAll
public class MyProfileView extends Main implements TitledPage {

    private final ProfileService profiles;
    private final Binder<ProfileForm> binder = new Binder<>(ProfileForm.class);
    private final TextField title = new TextField();
    private final ComboBox<InstitutionRef> institution = new ComboBox<>();
    private final ComboBox<CountryRef> country = new ComboBox<>();
    private final MultiSelectComboBox<Language> languages = ComponentTexts.of(new MultiSelectComboBox<>());
    private final MultiSelectComboBox<String> expertise = ComponentTexts.of(new MultiSelectComboBox<>());
    private final TextArea biography = new TextArea();
    private final Checkbox inDirectory = new Checkbox();
    private final Map<Network, Checkbox> contactable = new EnumMap<>(Network.class);
    private final Select<Visibility> photoVisibility = new Select<>();
    private final ProfilePhotoSection photo;
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
        bind(institutions, countryList);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.add(title, visibility("titleVisibility", "profile.title"), institution,
                visibility("institutionVisibility", "profile.institution"), country,
                visibility("countryVisibility", "profile.country"), languages,
                visibility("languagesVisibility", "profile.languages"), expertise,
                visibility("expertiseVisibility", "profile.expertise"), biography,
                visibility("biographyVisibility", "profile.biography"));
        photoVisibility.setLabel(getTranslation("profile.visible-to", getTranslation("profile.photo")));
        photoVisibility.setItems(Visibility.values());
        photoVisibility.setItemLabelGenerator(v -> Labels.visibility(this, v));
        binder.bind(photoVisibility, "photoVisibility");

        EditableProfile loaded = profiles.myProfile();
        binder.readRecord(loaded.form());
        version = loaded.version();
        loaded.contactable().forEach((network, consent) -> contactable.put(network,
                new Checkbox(getTranslation("profile.contactable", Labels.network(this, network)), consent)));

        photo = new ProfilePhotoSection(profiles, photoVisibility);
        Button save = new Button(getTranslation("profile.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("nav.my-profile")), new Paragraph(getTranslation("profile.privacy-intro")),
                inDirectory);
        contactable.values().forEach(this::add);
        add(form, photo, save);
    }

    /** Each field bound to its {@link ProfileForm} component by name, so a refusal finds its field by that name. */
    private void bind(List<InstitutionRef> institutions, List<CountryRef> countryList) {
        binder.forField(title).withNullRepresentation("").bind("title");
        binder.forField(institution).withConverter((InstitutionRef i) -> i == null ? null : i.id(),
                (Long id) -> institutions.stream().filter(i -> id != null && i.id() == id).findFirst().orElse(null))
                .bind("institutionId");
        binder.forField(country).withConverter((CountryRef c) -> c == null ? null : c.iso2(),
                (String iso2) -> countryList.stream().filter(c -> c.iso2().equals(iso2)).findFirst().orElse(null))
                .bind("country");
        binder.forField(biography).withNullRepresentation("").bind("biography");
        binder.bind(inDirectory, "inDirectory");
        binder.forField(languages).withConverter(
                (Set<Language> set) -> set.isEmpty() ? EnumSet.noneOf(Language.class) : EnumSet.copyOf(set),
                (Set<Language> set) -> set).bind("languages");
        binder.forField(expertise).withConverter((Set<String> set) -> (Set<String>) new HashSet<>(set),
                (Set<String> set) -> set).bind("expertise");
    }

    private Select<Visibility> visibility(String property, String fieldKey) {
        Select<Visibility> select = new Select<>();
        select.setLabel(getTranslation("profile.visible-to", getTranslation(fieldKey)));
        select.setItems(Visibility.values());
        select.setItemLabelGenerator(v -> Labels.visibility(this, v));
        binder.bind(select, property);
        return select;
    }

    /** Checks and stores an uploaded photo; a refusal is shown next to the upload with its reason. */
    void photoUploaded(byte[] bytes) {
        photo.photoUploaded(bytes);
    }

    private void save() {
        Refusals.clear(binder);
        try {
            version = profiles.saveMyProfile(binder.writeRecord(), version);
            contactable.forEach((network, box) -> profiles.setMyContactConsent(network, box.getValue()));
            Notification.show(getTranslation("profile.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ValidationException invalid) {
            Refusals.invalid(invalid, this);
        } catch (ChangedMeanwhile conflict) {
            Refusals.changedMeanwhile(this, "profile.conflict");
        } catch (Refused problem) {
            Refusals.show(binder, problem, this);
        }
    }
}
