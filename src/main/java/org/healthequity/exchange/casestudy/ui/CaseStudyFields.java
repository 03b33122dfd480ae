package org.healthequity.exchange.casestudy.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.healthequity.exchange.casestudy.AuthorRef;
import org.healthequity.exchange.casestudy.CaseStudyForm;
import org.healthequity.exchange.casestudy.CaseStudyLimits;
import org.healthequity.exchange.casestudy.SdgTargets;
import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.DirectoryFilter;
import org.healthequity.exchange.member.DirectoryService;
import org.healthequity.exchange.member.Expertise;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The fields of the case-study template, every one labelled: filled from and read into a {@link CaseStudyForm},
 * refused values shown next to their field, and a listener told (a moment after typing pauses) when a person changed
 * something.
 */
class CaseStudyFields extends FormLayout {

    static final int CHANGE_DELAY_MS = 1000;
    private static final List<String> REQUIRED_TEXTS = List.of("summary", "objectives", "implementation", "results",
            "lessonsLearned");

    private final Select<Network> network = new Select<>();
    private final Select<Language> language = new Select<>();
    private final TextField title = new TextField();
    private final Map<String, TextArea> longFields = new LinkedHashMap<>();
    private final MultiSelectComboBox<CountryRef> countries = new MultiSelectComboBox<>();
    private final IntegerField yearFrom = new IntegerField();
    private final IntegerField yearTo = new IntegerField();
    private final MultiSelectComboBox<String> themes = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> dimensions = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> sdgTargets = new MultiSelectComboBox<>();
    private final TextField contacts = new TextField();
    private final TextArea links = new TextArea();
    private final MultiSelectComboBox<AuthorRef> coAuthors = new MultiSelectComboBox<>();
    private final List<CountryRef> countryList;
    private boolean filling;

    CaseStudyFields(Countries countryService, DirectoryService directory, Language viewerLanguage) {
        countryList = countryService.all(viewerLanguage);
        network.setLabel(getTranslation("case-study.network"));
        network.setItems(Network.values());
        network.setItemLabelGenerator(n -> getTranslation(n.messageKey()));
        language.setLabel(getTranslation("case-study.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        title.setLabel(getTranslation("case-study.field.title"));
        title.setMaxLength(CaseStudyLimits.TITLE);
        title.setRequiredIndicatorVisible(true);
        add(network, language);
        add(title, 2);
        for (String field : CaseStudyForm.LONG_FIELDS) {
            TextArea area = new TextArea(getTranslation(CaseStudyText.fieldKey(field)));
            area.setMaxLength(CaseStudyLimits.LONG_TEXT);
            area.setHelperText(getTranslation("case-study.field." + (field.equals("summary") ? "summary-help"
                    : "markdown-help")));
            area.addClassName("long-text");
            area.setRequiredIndicatorVisible(REQUIRED_TEXTS.contains(field));
            longFields.put(field, area);
            add(area, 2);
        }
        countries.setLabel(getTranslation("case-study.countries"));
        countries.setItems(countryList);
        countries.setItemLabelGenerator(CountryRef::name);
        countries.setRequiredIndicatorVisible(true);
        yearFrom.setLabel(getTranslation("case-study.year-from"));
        yearTo.setLabel(getTranslation("case-study.year-to"));
        for (IntegerField year : List.of(yearFrom, yearTo)) {
            year.setMin(CaseStudyLimits.FIRST_YEAR);
            year.setMax(CaseStudyLimits.LAST_YEAR);
        }
        yearFrom.setRequiredIndicatorVisible(true);
        vocabulary(themes, "case-study.themes", Expertise.THEMES, t -> Vocabulary.theme(this, t));
        themes.setRequiredIndicatorVisible(true);
        vocabulary(dimensions, "case-study.dimensions", Expertise.DIMENSIONS, d -> Vocabulary.dimension(this, d));
        vocabulary(sdgTargets, "case-study.sdg-targets", SdgTargets.all(), t -> Vocabulary.target(this, t));
        contacts.setLabel(getTranslation("case-study.field.contacts"));
        contacts.setMaxLength(CaseStudyLimits.CONTACTS);
        links.setLabel(getTranslation("case-study.field.links"));
        links.setHelperText(getTranslation("case-study.field.links-help"));
        links.setMaxLength(CaseStudyLimits.LINKS);
        coAuthors.setLabel(getTranslation("case-study.co-authors"));
        coAuthors.setItemLabelGenerator(AuthorRef::name);
        coAuthors.setItems(query -> directory.page(new DirectoryFilter(query.getFilter().orElse(""), null, null, null,
                null, null, null), viewerLanguage, query.getOffset(), query.getLimit()).stream()
                .map(card -> new AuthorRef(card.id(), card.name())));
        add(countries, 2);
        add(yearFrom, yearTo, themes, dimensions);
        add(sdgTargets, 2);
        add(contacts);
        add(links, 2);
        add(coAuthors, 2);
    }

    private void vocabulary(MultiSelectComboBox<String> box, String labelKey, List<String> items,
            com.vaadin.flow.component.ItemLabelGenerator<String> labels) {
        box.setLabel(getTranslation(labelKey));
        box.setItems(items);
        box.setItemLabelGenerator(labels);
    }

    /** Calls back when a person changed a field, a moment after typing pauses; never for {@link #fill}. */
    void onChange(Runnable listener) {
        for (HasValue<?, ?> field : fields()) {
            if (field instanceof HasValueChangeMode typed) {
                typed.setValueChangeMode(ValueChangeMode.TIMEOUT);
                typed.setValueChangeTimeout(CHANGE_DELAY_MS);
            }
            field.addValueChangeListener(e -> {
                if (!filling && e.isFromClient()) {
                    listener.run();
                }
            });
        }
    }

    void fill(CaseStudyForm form, List<AuthorRef> coAuthorRefs) {
        filling = true;
        try {
            network.setValue(form.network());
            language.setValue(form.language());
            title.setValue(form.title());
            longFields.forEach((field, area) -> area.setValue(form.longField(field)));
            Set<String> wanted = Set.copyOf(form.countries());
            countries.setValue(countryList.stream().filter(c -> wanted.contains(c.iso2())).collect(Collectors.toSet()));
            yearFrom.setValue(form.yearFrom());
            yearTo.setValue(form.yearTo());
            themes.setValue(Set.copyOf(form.themes()));
            dimensions.setValue(Set.copyOf(form.dimensions()));
            sdgTargets.setValue(Set.copyOf(form.sdgTargets()));
            contacts.setValue(form.contacts());
            links.setValue(form.links());
            coAuthors.setValue(Set.copyOf(coAuthorRefs));
        } finally {
            filling = false;
        }
    }

    CaseStudyForm form() {
        return new CaseStudyForm(network.getValue() == null ? Network.GKNHE : network.getValue(),
                language.getValue() == null ? Language.ENGLISH : language.getValue(), title.getValue(),
                text("summary"), text("objectives"), text("context"), text("stakeholders"), text("implementation"),
                text("results"), text("enablingFactors"), text("sustainability"), text("lessonsLearned"),
                countries.getValue().stream().map(CountryRef::iso2).sorted().toList(), yearFrom.getValue(),
                yearTo.getValue(), themes.getValue().stream().sorted().toList(),
                dimensions.getValue().stream().sorted().toList(), sdgTargets.getValue().stream().sorted().toList(),
                contacts.getValue(), links.getValue(),
                coAuthors.getValue().stream().map(AuthorRef::accountId).sorted().toList());
    }

    boolean isBlank() {
        return title.getValue().isBlank() && longFields.values().stream().allMatch(a -> a.getValue().isBlank());
    }

    /** Shows each refused field's message next to it; returns the messages that belong to no field. */
    List<String> showProblems(Refused problem) {
        List<String> general = new ArrayList<>();
        for (Refused.FieldProblem p : problem.problems()) {
            HasValidation field = field(p.field());
            if (field == null) {
                general.add(getTranslation(p.messageKey()));
            } else {
                field.setErrorMessage(getTranslation(p.messageKey()));
                field.setInvalid(true);
            }
        }
        return general;
    }

    void clearErrors() {
        fields().forEach(f -> ((HasValidation) f).setInvalid(false));
    }

    void setFieldsReadOnly(boolean readOnly) {
        fields().forEach(f -> f.setReadOnly(readOnly));
    }

    private String text(String field) {
        return longFields.get(field).getValue();
    }

    private List<HasValue<?, ?>> fields() {
        List<HasValue<?, ?>> fields = new ArrayList<>(List.of(network, language, title, countries, yearFrom, yearTo,
                themes, dimensions, sdgTargets, contacts, links, coAuthors));
        fields.addAll(longFields.values());
        return fields;
    }

    private @Nullable HasValidation field(String name) {
        return switch (name) {
            case "network" -> network;
            case "language" -> language;
            case "title" -> title;
            case "countries" -> countries;
            case "yearFrom" -> yearFrom;
            case "yearTo" -> yearTo;
            case "themes" -> themes;
            case "dimensions" -> dimensions;
            case "sdgTargets" -> sdgTargets;
            case "contacts" -> contacts;
            case "links" -> links;
            case "coAuthors" -> coAuthors;
            default -> longFields.get(name);
        };
    }
}
