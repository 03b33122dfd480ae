package org.healthequity.exchange.opencall.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.healthequity.exchange.opencall.Answers;
import org.healthequity.exchange.opencall.CallDefinition;
import org.healthequity.exchange.opencall.CallDefinition.Question;
import org.healthequity.exchange.opencall.FollowUpSheet;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.validation.Refused;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The questions of a follow-up form as fields (ADR 0034), filled with the answers being edited; a text reports a
 * change a moment after typing pauses. Read-only once the follow-up is submitted or past its due date.
 */
class FollowUpFields extends Div {

    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    private final Runnable changed;

    FollowUpFields(FollowUpSheet sheet, Language language, Runnable changed) {
        this.changed = changed;
        Answers answers = sheet.answers();
        for (Question question : sheet.questions()) {
            String label = question.label().in(language) + (question.required()
                    ? " " + getTranslation("opencall.call.required-mark") : "");
            String help = question.help().in(language);
            AbstractField<?, ?> field = switch (question.kind()) {
                case SHORT_TEXT, FILE -> text(new TextField(label), CallDefinition.SHORT_TEXT_MAX,
                        answers.text(question.key()));
                case LONG_TEXT -> text(new TextArea(label), CallDefinition.LONG_TEXT_MAX, answers.text(question.key()));
                case SINGLE_CHOICE -> {
                    RadioButtonGroup<String> group = new RadioButtonGroup<>(label);
                    group.setItems(question.options().stream().map(CallDefinition.Choice::key).toList());
                    group.setItemLabelGenerator(key -> option(question, key, language));
                    answers.choices(question.key()).stream().findFirst().ifPresent(group::setValue);
                    yield group;
                }
                case MULTIPLE_CHOICE -> {
                    CheckboxGroup<String> group = new CheckboxGroup<>(label);
                    group.setItems(question.options().stream().map(CallDefinition.Choice::key).toList());
                    group.setItemLabelGenerator(key -> option(question, key, language));
                    group.setValue(Set.copyOf(answers.choices(question.key())));
                    yield group;
                }
            };
            if (field instanceof HasHelper helped) {
                helped.setHelperText(help);
            }
            field.setReadOnly(!sheet.editable());
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    this.changed.run();
                }
            });
            fields.put(question.key(), field);
            add(field);
        }
    }

    private static <F extends AbstractField<?, String> & HasValueChangeMode> F text(F field, int max, String value) {
        if (field instanceof TextField t) {
            t.setMaxLength(max);
            t.setWidthFull();
        } else if (field instanceof TextArea a) {
            a.setMaxLength(max);
            a.setWidthFull();
            a.setMinHeight("6em");
        }
        field.setValue(value);
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(AnswerFields.SAVE_DELAY_MS);
        return field;
    }

    private static String option(Question question, String key, Language language) {
        return question.options().stream().filter(o -> o.key().equals(key)).findFirst()
                .map(o -> o.label().in(language)).orElse(key);
    }

    Answers answers() {
        return QuestionValues.answers(fields);
    }

    /** Each problem next to its question, announced when the person asked for it; the rest are returned. */
    List<String> showProblems(Refused problem, boolean announce) {
        return QuestionValues.showProblems(fields, this, problem, announce);
    }

    void clearErrors() {
        QuestionValues.clearErrors(fields);
    }
}
