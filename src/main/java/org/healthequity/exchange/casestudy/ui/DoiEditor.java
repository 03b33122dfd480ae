package org.healthequity.exchange.casestudy.ui;

import org.healthequity.exchange.casestudy.CaseStudyIdentifiers;
import org.healthequity.exchange.casestudy.CaseStudyLimits;
import org.healthequity.exchange.casestudy.CaseStudyPage;
import org.healthequity.exchange.casestudy.DoiForm;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.validation.Refused;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

/**
 * The secretariat's DOI of a case study, on its page: typed as the bare name, {@code doi:…} or a doi.org address,
 * stored normalised; what the service refuses shows next to the field.
 */
class DoiEditor extends Section {

    private final Binder<DoiForm> binder = new Binder<>(DoiForm.class);

    DoiEditor(CaseStudyIdentifiers identifiers, CaseStudyPage page) {
        addClassName("case-study-section");
        addClassName("doi-editor");
        TextField doi = new TextField(getTranslation("case-study.doi"));
        doi.setHelperText(getTranslation("case-study.doi.help"));
        doi.setMaxLength(CaseStudyLimits.DOI + "https://doi.org/".length());
        doi.setWidth("24em");
        doi.setValue(page.doi() == null ? "" : page.doi());
        binder.bind(doi, "doi");
        Button save = new Button(getTranslation("case-study.doi.save"), e -> {
            Refusals.clear(binder);
            try {
                String stored = identifiers.setDoi(page.id(), new DoiForm(doi.getValue()));
                doi.setValue(stored == null ? "" : stored);
                Notification.show(getTranslation(stored == null ? "case-study.doi.removed" : "case-study.doi.saved"));
            } catch (Refused refused) {
                Refusals.show(binder, refused, this);
            }
        });
        HorizontalLayout row = new HorizontalLayout(doi, save);
        row.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("case-study.identifiers")), row);
    }
}
