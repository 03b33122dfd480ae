package org.healthequity.exchange.webinar.ui;

import java.util.List;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.ui.ComponentTexts;
import org.healthequity.exchange.webinar.WebinarForm;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;

/** What the webinar is and how to join it: title, link, languages and description. */
class BasicFields extends FormLayout {

    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final TextField joinUrl = new TextField();
    private final MultiSelectComboBox<Language> languages = ComponentTexts.of(new MultiSelectComboBox<>());
    private final MultiSelectComboBox<Language> interpretation = ComponentTexts.of(new MultiSelectComboBox<>());

    BasicFields(Binder<WebinarForm> binder) {
        title.setLabel(getTranslation("webinar.field.title"));
        title.setMaxLength(WebinarForm.TITLE_MAX);
        description.setLabel(getTranslation("webinar.field.description"));
        description.setHelperText(getTranslation("webinar.field.markdown-help"));
        description.setMaxLength(WebinarForm.DESCRIPTION_MAX);
        joinUrl.setLabel(getTranslation("webinar.field.join-url"));
        joinUrl.setHelperText(getTranslation("webinar.field.join-url-help"));
        joinUrl.setMaxLength(WebinarForm.URL_MAX);
        languages.setLabel(getTranslation("webinar.field.languages"));
        interpretation.setLabel(getTranslation("webinar.field.interpretation"));
        for (MultiSelectComboBox<Language> choice : List.of(languages, interpretation)) {
            choice.setItems(Language.values());
            choice.setItemLabelGenerator(Language::nativeName);
        }

        String required = getTranslation("webinar.error.required");
        binder.forField(title).asRequired(required).withValidator(tooLong(WebinarForm.TITLE_MAX)).bind("title");
        binder.forField(description).withValidator(tooLong(WebinarForm.DESCRIPTION_MAX)).bind("description");
        binder.forField(joinUrl).asRequired(required).withValidator(tooLong(WebinarForm.URL_MAX)).bind("joinUrl");
        binder.bind(languages, "languages");
        binder.bind(interpretation, "interpretation");
        add(title, 2);
        add(joinUrl, languages, interpretation);
        add(description, 2);
    }

    /** The service's length rule, checked before sending; the field's max length keeps most people from meeting it. */
    static StringLengthValidator tooLong(Component owner, int max) {
        return new StringLengthValidator(owner.getTranslation("webinar.error.too-long", max), 0, max);
    }

    private StringLengthValidator tooLong(int max) {
        return tooLong(this, max);
    }
}
