package org.healthequity.exchange.opencall.ui;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.healthequity.exchange.opencall.Texts;
import org.healthequity.exchange.shared.i18n.Language;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One text in the six languages, a labelled field per language ("Label (Français)"); English is required, the others
 * are optional. Arabic fields are written right to left.
 */
class TextsField extends Composite<FormLayout> {

    private final Map<Language, HasValue<?, String>> fields = new EnumMap<>(Language.class);
    private final boolean englishRequired;

    TextsField(String labelKey, boolean multiline, boolean englishRequired) {
        this.englishRequired = englishRequired;
        for (Language language : Language.values()) {
            String label = getTranslation("opencall.admin.in-language", getTranslation(labelKey),
                    language.nativeName());
            HasValue<?, String> field;
            if (multiline) {
                TextArea area = new TextArea(label);
                area.setMaxLength(Texts.MAX_LENGTH);
                field = area;
            } else {
                TextField text = new TextField(label);
                text.setMaxLength(Texts.MAX_LENGTH);
                field = text;
            }
            if (language.rightToLeft()) {
                ((Component) field).getElement().setAttribute("dir", "rtl");
            }
            if (language == Language.ENGLISH) {
                field.setRequiredIndicatorVisible(englishRequired);
            }
            fields.put(language, field);
            getContent().add((Component) field);
        }
    }

    void setValue(Texts texts) {
        fields.forEach((language, field) -> {
            String value = texts.exactly(language);
            field.setValue(value == null ? "" : value);
        });
    }

    Texts getValue() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((language, field) -> values.put(language.code(), field.getValue()));
        return new Texts(values);
    }

    /** Marks the English field when it is required and empty; returns whether the text may be kept. */
    boolean validate() {
        HasValidation english = (HasValidation) fields.get(Language.ENGLISH);
        boolean ok = !englishRequired || !fields.get(Language.ENGLISH).getValue().isBlank();
        english.setErrorMessage(ok ? null : getTranslation("opencall.admin.english-required"));
        english.setInvalid(!ok);
        return ok;
    }
}
