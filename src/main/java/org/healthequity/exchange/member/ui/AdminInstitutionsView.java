package org.healthequity.exchange.member.ui;

import java.util.List;
import java.util.Map;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.InstitutionAdministration;
import org.healthequity.exchange.member.InstitutionForm;
import org.healthequity.exchange.member.InstitutionType;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.healthequity.exchange.shared.ui.ResponsiveGrid;
import org.healthequity.exchange.shared.ui.TitledPage;

/** The secretariat's list of institutions: pick one to correct it, or create a new one. */
@Route("admin/institutions")
@Menu(title = "nav.admin-institutions", order = 82, icon = "vaadin:institution")
@RolesAllowed({ Role.SECRETARIAT_NAME, Role.ADMIN_NAME })
public class AdminInstitutionsView extends VerticalLayout implements TitledPage {

    private final InstitutionAdministration institutions;
    private final Grid<InstitutionAdministration.Editable> grid = new Grid<>();
    private final TextField name = new TextField();
    private final Select<InstitutionType> type = new Select<>();
    private final ComboBox<CountryRef> country = new ComboBox<>();
    private final TextField website = new TextField();
    private final Checkbox him = new Checkbox();
    private final List<CountryRef> countries;
    private @Nullable Long editing;

    public AdminInstitutionsView(InstitutionAdministration institutions, Countries countryList) {
        this.institutions = institutions;
        this.countries = countryList.all(Language.of(getLocale()));
        setSizeFull();
        name.setLabel(getTranslation("institutions.name"));
        name.setMaxLength(InstitutionForm.NAME_MAX);
        type.setLabel(getTranslation("directory.institution-type"));
        type.setItems(InstitutionType.values());
        type.setItemLabelGenerator(t -> Labels.institutionType(this, t));
        country.setLabel(getTranslation("directory.country"));
        country.setItems(countries);
        country.setItemLabelGenerator(CountryRef::name);
        website.setLabel(getTranslation("institutions.website"));
        website.setMaxLength(InstitutionForm.WEBSITE_MAX);
        website.setHelperText(getTranslation("institutions.website.hint"));
        him.setLabel(getTranslation("institutions.him-member"));
        Button save = new Button(getTranslation("institutions.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button fresh = new Button(getTranslation("institutions.new"), e -> edit(null));
        FormLayout form = new FormLayout(name, type, country, website, him);

        ResponsiveGrid<InstitutionAdministration.Editable> columns = ResponsiveGrid.of(grid);
        columns.titleText(getTranslation("institutions.name"), i -> i.form().name());
        columns.text(getTranslation("directory.institution-type"), i -> Labels.institutionType(this, i.form().type()));
        columns.text(getTranslation("directory.country"), i -> i.form().country()).setWidth("6rem");
        columns.text(getTranslation("directory.network"),
                i -> i.form().himMember() ? getTranslation("network.him") : "")
                .setWidth("8rem");
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        grid.setItems(institutions.all());
        add(new H1(getTranslation("nav.admin-institutions")), form, new com.vaadin.flow.component.orderedlayout
                .HorizontalLayout(save, fresh), grid);
        edit(null);
    }

    private void edit(InstitutionAdministration.@Nullable Editable institution) {
        editing = institution == null ? null : institution.id();
        InstitutionForm form = institution == null ? null : institution.form();
        name.setValue(form == null ? "" : form.name());
        type.setValue(form == null ? InstitutionType.MINISTRY : form.type());
        country.setValue(form == null ? null : countries.stream().filter(c -> c.iso2().equals(form.country()))
                .findFirst().orElse(null));
        website.setValue(form == null || form.website() == null ? "" : form.website());
        him.setValue(form != null && form.himMember());
        name.setInvalid(false);
        country.setInvalid(false);
        website.setInvalid(false);
    }

    private void save() {
        if (name.getValue().isBlank()) {
            fail(name, "institutions.name.required");
            return;
        }
        if (country.getValue() == null) {
            fail(country, "profile.country.unknown");
            return;
        }
        if (!website.getValue().isBlank() && !website.getValue().strip().matches("https://\\S+")) {
            fail(website, "institutions.website.invalid");
            return;
        }
        try {
            institutions.save(editing, new InstitutionForm(name.getValue(), type.getValue(),
                    country.getValue().iso2(), website.getValue(), him.getValue()));
            Notification.show(getTranslation("institutions.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            grid.setItems(institutions.all());
            edit(null);
        } catch (Refused problem) {
            Refusals.show(problem, this, fields()::get);
        } catch (ConstraintViolationException invalid) {
            Refusals.show(Refused.of(invalid), this, fields()::get);
        }
    }

    /** The fields by the properties of {@link InstitutionForm} they edit. */
    private Map<String, HasValidation> fields() {
        return Map.of("name", name, "type", type, "country", country, "website", website);
    }

    private <F extends Component & HasValidation> void fail(F field, String key) {
        Refusals.refuse(field, getTranslation(key));
    }
}
