package org.healthequity.exchange.opencall.ui;

import java.util.LinkedHashMap;
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
import org.healthequity.exchange.shared.validation.Refused;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * The first step of applying: the applicant's institution and the call's declarations, checked by the service, which
 * names each criterion that fails next to its field. A passed check starts (or takes up again) the application.
 */
class EligibilityStep extends VerticalLayout {

    EligibilityStep(CallPage page, ApplicationSubmission submission, Countries countries,
            SerializableConsumer<Long> started) {
        setPadding(false);
        Language language = Language.of(getLocale());
        add(new H1(getTranslation("opencall.apply.title", page.summary().title())),
                new H2(getTranslation("opencall.apply.eligibility")),
                new Paragraph(getTranslation("opencall.apply.eligibility-intro")));
        TextField institution = new TextField(getTranslation("opencall.apply.institution"));
        institution.setMaxLength(EligibilityAnswers.INSTITUTION_MAX);
        institution.setRequiredIndicatorVisible(true);
        institution.setWidthFull();
        Select<InstitutionType> type = new Select<>();
        type.setLabel(getTranslation("opencall.apply.institution-type"));
        type.setItems(InstitutionType.values());
        type.setItemLabelGenerator(t -> CallLabels.institutionType(this, t));
        ComboBox<CountryRef> country = new ComboBox<>(getTranslation("opencall.apply.country"));
        country.setItems(countries.all(language));
        country.setItemLabelGenerator(CountryRef::name);
        Map<String, Checkbox> declarations = new LinkedHashMap<>();
        VerticalLayout declarationBoxes = new VerticalLayout();
        declarationBoxes.setPadding(false);
        for (CallDefinition.Declaration declaration : page.definition().eligibility().declarations()) {
            Checkbox box = new Checkbox(declaration.text().in(language));
            declarations.put(declaration.key(), box);
            declarationBoxes.add(box);
        }
        Paragraph failed = new Paragraph();
        failed.addClassName("error");
        failed.setVisible(false);
        Button start = new Button(getTranslation("opencall.apply.check"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> {
            institution.setInvalid(false);
            type.setInvalid(false);
            country.setInvalid(false);
            declarations.values().forEach(box -> box.getElement().removeAttribute("invalid"));
            failed.setVisible(false);
            if (institution.getValue().isBlank() || type.isEmpty() || country.isEmpty()) {
                institution.setInvalid(institution.getValue().isBlank());
                institution.setErrorMessage(getTranslation("opencall.problem.required"));
                type.setInvalid(type.isEmpty());
                type.setErrorMessage(getTranslation("opencall.problem.required"));
                country.setInvalid(country.isEmpty());
                country.setErrorMessage(getTranslation("opencall.problem.required"));
                return;
            }
            EligibilityAnswers answers = new EligibilityAnswers(institution.getValue().strip(), type.getValue(),
                    country.getValue().iso2(), declarations.entrySet().stream().filter(d -> d.getValue().getValue())
                            .map(Map.Entry::getKey).collect(Collectors.toSet()));
            try {
                var saved = submission.start(page.summary().id(), answers);
                started.accept(saved.id());
            } catch (Refused problem) {
                failed.setText(getTranslation("opencall.apply.not-eligible"));
                failed.setVisible(true);
                for (Refused.FieldProblem p : problem.problems()) {
                    String message = getTranslation(p.messageKey(), p.arguments().toArray());
                    switch (p.field()) {
                        case "country" -> {
                            country.setInvalid(true);
                            country.setErrorMessage(message);
                        }
                        case "institutionType" -> {
                            type.setInvalid(true);
                            type.setErrorMessage(message);
                        }
                        default -> {
                            Checkbox box = declarations.get(p.field().replace("declaration:", ""));
                            if (box != null) {
                                box.getElement().setAttribute("invalid", true);
                                box.setTooltipText(message);
                                box.setHelperText(message);
                            } else {
                                failed.setText(message);
                            }
                        }
                    }
                }
            }
        });
        add(institution, type, country, declarationBoxes, failed, start);
    }
}
