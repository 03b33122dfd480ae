package org.healthequity.exchange.casestudy.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.healthequity.exchange.casestudy.AuthorRef;
import org.healthequity.exchange.casestudy.CaseStudyForm;
import org.healthequity.exchange.casestudy.CaseStudyLimits;
import org.healthequity.exchange.casestudy.CaseStudyTemplate;
import org.healthequity.exchange.casestudy.SdgTargets;
import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.DirectoryService;
import org.healthequity.exchange.member.Expertise;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.ui.ComponentTexts;
import org.healthequity.exchange.shared.ui.Refusals;
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
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The fields of the case-study template, every one labelled: filled from and read into a {@link CaseStudyForm},
 * refused values shown next to their field, and a listener told (a moment after typing pauses) when a person changed
 * something.
 */
class CaseStudyFields extends FormLayout {

    static final int CHANGE_DELAY_MS = 1000;

    private final Select<Network> network = new Select<>();
    private final Select<Language> language = new Select<>();
    private final TextField title = new TextField();
    private final Map<String, TextArea> sections = new LinkedHashMap<>();
    private final Binder<CaseStudyForm> binder = new Binder<>(CaseStudyForm.class);
    private final MultiSelectComboBox<CountryRef> countries = ComponentTexts.of(new MultiSelectComboBox<>());
    private final IntegerField yearFrom = new IntegerField();
    private final IntegerField yearTo = new IntegerField();
    private final MultiSelectComboBox<String> themes = ComponentTexts.of(new MultiSelectComboBox<>());
    private final MultiSelectComboBox<String> dimensions = ComponentTexts.of(new MultiSelectComboBox<>());
    private final MultiSelectComboBox<String> sdgTargets = ComponentTexts.of(new MultiSelectComboBox<>());
    private final TextField contacts = new TextField();
    private final TextArea links = new TextArea();
    private final CoAuthorsField coAuthors;
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
        for (CaseStudyTemplate.Section section : CaseStudyTemplate.SECTIONS) {
            TextArea area = new SectionArea(section);
            sections.put(section.key(), area);
            add(area, 2);
        }
        countries.setLabel(getTranslation("case-study.countries"));
        countries.setItems(countryList);
        countries.setItemLabelGenerator(CountryRef::name);
        countries.setRequiredIndicatorVisible(true);
        yearFrom.setLabel(getTranslation("case-study.year-from"));
        yearTo.setLabel(getTranslation("case-study.year-to"));
        List.of(yearFrom, yearTo).forEach(year -> year.setMin(CaseStudyLimits.FIRST_YEAR));
        List.of(yearFrom, yearTo).forEach(year -> year.setMax(CaseStudyLimits.LAST_YEAR));
        yearFrom.setRequiredIndicatorVisible(true);
        Vocabulary.choices(this, themes, "case-study.themes", Expertise.THEMES, t -> Vocabulary.theme(this, t));
        themes.setRequiredIndicatorVisible(true);
        Vocabulary.choices(this, dimensions, "case-study.dimensions", Expertise.DIMENSIONS,
                d -> Vocabulary.dimension(this, d));
        Vocabulary.choices(this, sdgTargets, "case-study.sdg-targets", SdgTargets.all(),
                t -> Vocabulary.target(this, t));
        contacts.setLabel(getTranslation("case-study.field.contacts"));
        contacts.setMaxLength(CaseStudyLimits.CONTACTS);
        links.setLabel(getTranslation("case-study.field.links"));
        links.setHelperText(getTranslation("case-study.field.links-help"));
        links.setMaxLength(CaseStudyLimits.LINKS);
        coAuthors = new CoAuthorsField(directory, viewerLanguage);
        add(countries, 2);
        add(yearFrom, yearTo, themes, dimensions);
        add(sdgTargets, 2);
        add(contacts);
        add(links, 2);
        add(coAuthors, 2);
        bind();
    }

    /** The fields that are one component of {@link CaseStudyForm}, bound by its name; a refusal finds them by it. */
    private void bind() {
        binder.bind(network, "network");
        binder.bind(language, "language");
        binder.bind(title, "title");
        binder.forField(countries).withConverter(
                (Set<CountryRef> picked) -> picked.stream().map(CountryRef::iso2).sorted().toList(),
                (List<String> codes) -> countryList.stream().filter(c -> codes.contains(c.iso2()))
                        .collect(Collectors.toSet())).bind("countries");
        binder.bind(yearFrom, "yearFrom");
        binder.bind(yearTo, "yearTo");
        binder.forField(themes).withConverter(CaseStudyFields::sorted, Set::copyOf).bind("themes");
        binder.forField(dimensions).withConverter(CaseStudyFields::sorted, Set::copyOf).bind("dimensions");
        binder.forField(sdgTargets).withConverter(CaseStudyFields::sorted, Set::copyOf).bind("sdgTargets");
        binder.bind(contacts, "contacts");
        binder.bind(links, "links");
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
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
            binder.readRecord(form);
            sections.forEach((key, area) -> area.setValue(form.section(key)));
            coAuthors.setValue(Set.copyOf(coAuthorRefs));
        } finally {
            filling = false;
        }
    }

    /** The form as typed; the template's sections and the co-authors are the two parts not bound one-to-one. */
    CaseStudyForm form() {
        Map<String, String> texts = new LinkedHashMap<>();
        sections.forEach((key, area) -> texts.put(key, area.getValue()));
        return new CaseStudyForm(network.getValue() == null ? Network.GKNHE : network.getValue(),
                language.getValue() == null ? Language.ENGLISH : language.getValue(), title.getValue(), texts,
                countries.getValue().stream().map(CountryRef::iso2).sorted().toList(), yearFrom.getValue(),
                yearTo.getValue(), sorted(themes.getValue()), sorted(dimensions.getValue()),
                sorted(sdgTargets.getValue()), contacts.getValue(), links.getValue(),
                coAuthors.getValue().stream().map(AuthorRef::accountId).sorted().toList());
    }

    boolean isBlank() {
        return title.getValue().isBlank() && sections.values().stream().allMatch(a -> a.getValue().isBlank());
    }

    /** Marks the refused fields (announced too when {@code announce}: not for autosaves); returns the save state. */
    String showProblems(Refused problem, boolean announce) {
        Function<String, @Nullable HasValidation> parts = f -> f.equals("coAuthors") ? coAuthors : sections.get(f);
        List<String> general = announce ? Refusals.show(binder, problem, this, parts)
                : Refusals.mark(binder, problem, this, parts);
        return general.isEmpty() ? getTranslation("case-study.check-fields") : String.join(" ", general);
    }

    void clearErrors() {
        fields().forEach(f -> ((HasValidation) f).setInvalid(false));
    }

    void setFieldsReadOnly(boolean readOnly) {
        fields().forEach(f -> f.setReadOnly(readOnly));
    }

    private List<HasValue<?, ?>> fields() {
        List<HasValue<?, ?>> fields = new ArrayList<>(binder.getFields().toList());
        fields.add(coAuthors);
        fields.addAll(sections.values());
        return fields;
    }
}
