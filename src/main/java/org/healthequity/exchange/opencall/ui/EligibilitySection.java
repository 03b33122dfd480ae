package org.healthequity.exchange.opencall.ui;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.InstitutionType;
import org.healthequity.exchange.opencall.CallDefinition.Declaration;
import org.healthequity.exchange.opencall.CallDefinition.Eligibility;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.ui.ComponentTexts;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Who may apply: institution types, WHO regions, countries (empty admits all) and the declarations to confirm. */
class EligibilitySection extends SectionField<Eligibility> {

    private final MultiSelectComboBox<InstitutionType> institutionTypes =
            ComponentTexts.of(new MultiSelectComboBox<>());
    private final MultiSelectComboBox<String> regions = ComponentTexts.of(new MultiSelectComboBox<>());
    private final MultiSelectComboBox<CountryRef> countries = ComponentTexts.of(new MultiSelectComboBox<>());
    private final ItemList<Declaration> declarations;
    private final List<CountryRef> countryList;

    EligibilitySection(List<CountryRef> countryList, Language language) {
        this.countryList = countryList;
        institutionTypes.setLabel(getTranslation("opencall.admin.institution-types"));
        institutionTypes.setItems(InstitutionType.values());
        institutionTypes.setItemLabelGenerator(t -> CallLabels.institutionType(this, t));
        regions.setLabel(getTranslation("opencall.admin.regions"));
        regions.setItems(Countries.REGIONS);
        regions.setItemLabelGenerator(r -> CallLabels.region(this, r));
        countries.setLabel(getTranslation("opencall.admin.countries"));
        countries.setItems(countryList);
        countries.setItemLabelGenerator(CountryRef::name);
        declarations = DefinitionLists.declarations(language);
        institutionTypes.addValueChangeListener(e -> changed());
        regions.addValueChangeListener(e -> changed());
        countries.addValueChangeListener(e -> changed());
        declarations.addValueChangeListener(e -> changed());
        FormLayout form = new FormLayout(institutionTypes, regions);
        form.add(countries, 2);
        VerticalLayout content = new VerticalLayout(new H2(getTranslation("opencall.admin.eligibility")),
                new Paragraph(getTranslation("opencall.admin.eligibility-help")), form, declarations);
        content.setPadding(false);
        add(content);
    }

    @Override
    protected Eligibility generateModelValue() {
        return new Eligibility(Set.copyOf(institutionTypes.getValue()), Set.copyOf(regions.getValue()),
                countries.getValue().stream().map(CountryRef::iso2).collect(Collectors.toSet()),
                declarations.getValue() == null ? List.of() : declarations.getValue());
    }

    @Override
    protected void present(Eligibility eligibility) {
        institutionTypes.setValue(eligibility.institutionTypes());
        regions.setValue(eligibility.regions());
        countries.setValue(countryList.stream().filter(c -> eligibility.countries().contains(c.iso2()))
                .collect(Collectors.toSet()));
        declarations.setValue(eligibility.declarations());
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        institutionTypes.setReadOnly(readOnly);
        regions.setReadOnly(readOnly);
        countries.setReadOnly(readOnly);
        declarations.setReadOnly(readOnly);
    }
}
