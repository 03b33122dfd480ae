package org.healthequity.exchange.newsletter.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.healthequity.exchange.newsletter.NewsletterForm;
import org.healthequity.exchange.newsletter.NewsletterText;
import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A newsletter's versions: a subject and a Markdown body per language, English open and required, the others folded
 * until wanted. Arabic is written right to left. Fields are found by the names the service refuses them by
 * ({@code subject-fr}, {@code body-fr}).
 */
class TextsEditor extends Composite<VerticalLayout> {

    private final Map<Language, TextField> subjects = new EnumMap<>(Language.class);
    private final Map<Language, TextArea> bodies = new EnumMap<>(Language.class);

    TextsEditor() {
        getContent().setPadding(false);
        for (Language language : Language.values()) {
            TextField subject = new TextField(getTranslation("newsletter.editor.subject", language.nativeName()));
            subject.setMaxLength(NewsletterText.SUBJECT_MAX);
            subject.setWidthFull();
            TextArea body = new TextArea(getTranslation("newsletter.editor.body", language.nativeName()));
            body.setMaxLength(NewsletterText.BODY_MAX);
            body.setHelperText(getTranslation("newsletter.editor.markdown"));
            body.setWidthFull();
            body.setMinHeight("12em");
            if (language.rightToLeft()) {
                subject.getElement().setAttribute("dir", "rtl");
                body.getElement().setAttribute("dir", "rtl");
            }
            if (language == Language.ENGLISH) {
                subject.setRequiredIndicatorVisible(true);
                body.setRequiredIndicatorVisible(true);
            }
            subjects.put(language, subject);
            bodies.put(language, body);
            Details details = new Details(getTranslation("newsletter.editor.version", language.nativeName()),
                    new VerticalLayout(subject, body));
            details.setOpened(language == Language.ENGLISH);
            details.setWidthFull();
            getContent().add(details);
        }
    }

    void setValue(NewsletterForm form) {
        for (Language language : Language.values()) {
            NewsletterText text = form.text(language).orElse(new NewsletterText(language, "", ""));
            subjects.get(language).setValue(text.subject());
            bodies.get(language).setValue(text.body());
            if (!text.subject().isEmpty()) {
                subjects.get(language).getParent().flatMap(p -> p.getParent())
                        .filter(Details.class::isInstance).ifPresent(d -> ((Details) d).setOpened(true));
            }
        }
    }

    List<NewsletterText> getValue() {
        List<NewsletterText> texts = new ArrayList<>();
        for (Language language : Language.values()) {
            texts.add(new NewsletterText(language, subjects.get(language).getValue(), bodies.get(language).getValue()));
        }
        return texts;
    }

    /** The field a refusal names, opened so the person sees it. */
    @Nullable HasValidation field(String name) {
        for (Language language : Language.values()) {
            if (name.equals("subject-" + language.code()) || name.equals("body-" + language.code())) {
                TextField subject = subjects.get(language);
                subject.getParent().flatMap(p -> p.getParent()).filter(Details.class::isInstance)
                        .ifPresent(d -> ((Details) d).setOpened(true));
                return name.startsWith("subject") ? subject : bodies.get(language);
            }
        }
        return null;
    }

    void clearMarks() {
        subjects.values().forEach(f -> f.setInvalid(false));
        bodies.values().forEach(f -> f.setInvalid(false));
    }

    void setReadOnly(boolean readOnly) {
        subjects.values().forEach(f -> f.setReadOnly(readOnly));
        bodies.values().forEach(f -> f.setReadOnly(readOnly));
    }
}
