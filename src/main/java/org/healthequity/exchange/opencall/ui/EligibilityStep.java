package org.healthequity.exchange.opencall.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.InstitutionType;
import org.healthequity.exchange.opencall.ApplicationSubmission;
import org.healthequity.exchange.opencall.CallDefinition;
import org.healthequity.exchange.opencall.CallPage;
import org.healthequity.exchange.opencall.EligibilityAnswers;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.shared.validation.Refused.FieldProblem;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * The first step of applying: the applicant's institution and the call's declarations, checked by the service, which
 * names each criterion that fails next to its field. A message follows its field: changing the answer takes it away
 * (the service checks again on the next attempt), and the summary above the button goes with the last one.
 */
class EligibilityStep extends VerticalLayout {

    private final TextField institution = new TextField(getTranslation("opencall.apply.institution"));
    private final Select<InstitutionType> type = new Select<>();
    private final ComboBox<CountryRef> country = new ComboBox<>(getTranslation("opencall.apply.country"));
    private final Map<String, Checkbox> declarations = new LinkedHashMap<>();
    private final Paragraph failed = new Paragraph();

    EligibilityStep(CallPage page, ApplicationSubmission submission, Countries countries,
            SerializableConsumer<Long> started) {
        setPadding(false);
        Language language = Language.of(getLocale());
        add(new H1(getTranslation("opencall.apply.title", page.summary().title())),
                new H2(getTranslation("opencall.apply.eligibility")),
                new Paragraph(getTranslation("opencall.apply.eligibility-intro")));
        institution.setMaxLength(EligibilityAnswers.INSTITUTION_MAX);
        institution.setWidthFull();
        type.setLabel(getTranslation("opencall.apply.institution-type"));
        type.setItems(InstitutionType.values());
        type.setItemLabelGenerator(t -> CallLabels.institutionType(this, t));
        country.setItems(countries.all(language));
        country.setItemLabelGenerator(CountryRef::name);
        VerticalLayout declarationBoxes = new VerticalLayout();
        declarationBoxes.setPadding(false);
        for (CallDefinition.Declaration declaration : page.definition().eligibility().declarations()) {
            Checkbox box = new Checkbox(declaration.text().in(language));
            declarations.put(declaration.key(), box);
            declarationBoxes.add(box);
        }
        for (HasValidationProperties field : fields()) {
            ((HasValue<?, ?>) field).setRequiredIndicatorVisible(true);
            ((HasValue<?, ?>) field).addValueChangeListener(e -> fixed(field));
        }
        failed.addClassName("error");
        failed.setVisible(false);
        Button start = new Button(getTranslation("opencall.apply.check"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> check(page, submission, started));
        add(institution, type, country, declarationBoxes, failed, start);
    }

    private void check(CallPage page, ApplicationSubmission submission, SerializableConsumer<Long> started) {
        fields().forEach(field -> field.setInvalid(false));
        failed.setVisible(false);
        List<FieldProblem> missing = new ArrayList<>();
        if (institution.getValue().isBlank()) {
            missing.add(new FieldProblem("institutionName", "opencall.problem.required"));
        }
        if (type.isEmpty()) {
            missing.add(new FieldProblem("institutionType", "opencall.problem.required"));
        }
        if (country.isEmpty()) {
            missing.add(new FieldProblem("country", "opencall.problem.required"));
        }
        if (!missing.isEmpty()) {
            Refusals.show(new Refused(missing), this, this::field);
            return;
        }
        EligibilityAnswers answers = new EligibilityAnswers(institution.getValue().strip(), type.getValue(),
                country.getValue().iso2(), declarations.entrySet().stream().filter(d -> d.getValue().getValue())
                        .map(Map.Entry::getKey).collect(Collectors.toSet()));
        try {
            started.accept(submission.start(page.summary().id(), answers).id());
        } catch (Refused problem) {
            List<String> rest = Refusals.show(problem, this, this::field);
            failed.setText(rest.isEmpty() ? getTranslation("opencall.apply.not-eligible") : String.join(" ", rest));
            failed.setVisible(true);
        }
    }

    /** The field a problem names: the institution's, or a declaration as {@code declaration:<key>}. */
    private @Nullable HasValidationProperties field(String name) {
        return switch (name) {
            case "institutionName" -> institution;
            case "institutionType" -> type;
            case "country" -> country;
            default -> declarations.get(name.replace("declaration:", ""));
        };
    }

    /** A changed answer loses its message; once no answer has one, neither has the summary. */
    private void fixed(HasValidationProperties field) {
        field.setInvalid(false);
        if (fields().stream().noneMatch(HasValidationProperties::isInvalid)) {
            failed.setVisible(false);
        }
    }

    private List<HasValidationProperties> fields() {
        List<HasValidationProperties> fields = new ArrayList<>(List.of(institution, type, country));
        fields.addAll(declarations.values());
        return fields;
    }
}
