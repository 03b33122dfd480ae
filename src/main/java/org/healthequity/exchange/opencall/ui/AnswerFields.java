package org.healthequity.exchange.opencall.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.healthequity.exchange.opencall.Answers;
import org.healthequity.exchange.opencall.ApplicationDocuments;
import org.healthequity.exchange.opencall.ApplicationFileInfo;
import org.healthequity.exchange.opencall.ApplicationSheet;
import org.healthequity.exchange.opencall.ApplicationSubmission;
import org.healthequity.exchange.opencall.CallDefinition;
import org.healthequity.exchange.opencall.CallDefinition.Question;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.validation.Refused;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The questions of an application form as fields, filled with the answers being edited: text fields that report a
 * change a moment after typing pauses, choices, and file questions with their uploads. Read-only when the application
 * can no longer change.
 */
class AnswerFields extends Div {

    /** How long after typing pauses the form is saved. */
    static final int SAVE_DELAY_MS = 1000;

    private final ApplicationSubmission submission;
    private final ApplicationDocuments documents;
    private final ApplicationSheet sheet;
    private final Runnable changed;
    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    private final List<FileQuestion> fileQuestions = new ArrayList<>();

    AnswerFields(ApplicationSheet sheet, ApplicationSubmission submission, ApplicationDocuments documents,
            Language language, Runnable changed) {
        this.sheet = sheet;
        this.submission = submission;
        this.documents = documents;
        this.changed = changed;
        for (Question question : sheet.definition().questions()) {
            add(questionField(question, sheet, language));
        }
    }

    private Component questionField(Question question, ApplicationSheet loaded, Language language) {
        String label = question.label().in(language) + (question.required()
                ? " " + getTranslation("opencall.call.required-mark") : "");
        String help = question.help().in(language);
        Answers answers = loaded.answers();
        boolean editable = loaded.editable();
        return switch (question.kind()) {
            case SHORT_TEXT -> {
                TextField field = new TextField(label);
                field.setWidthFull();
                field.setMaxLength(CallDefinition.SHORT_TEXT_MAX);
                field.setValue(answers.text(question.key()));
                field.setHelperText(help);
                yield text(question, field, editable);
            }
            case LONG_TEXT -> {
                TextArea field = new TextArea(label);
                field.setWidthFull();
                field.setMinHeight("8em");
                field.setMaxLength(CallDefinition.LONG_TEXT_MAX);
                field.setValue(answers.text(question.key()));
                Runnable count = () -> field.setHelperText((help.isBlank() ? "" : help + " · ")
                        + (question.wordLimit() > 0
                                ? getTranslation("opencall.apply.words", Answers.words(field.getValue()),
                                        question.wordLimit())
                                : getTranslation("opencall.apply.words-free", Answers.words(field.getValue()))));
                count.run();
                field.addValueChangeListener(e -> count.run());
                yield text(question, field, editable);
            }
            case SINGLE_CHOICE -> {
                RadioButtonGroup<String> field = new RadioButtonGroup<>(label);
                field.setItems(question.options().stream().map(CallDefinition.Choice::key).toList());
                field.setItemLabelGenerator(key -> optionLabel(question, key, language));
                answers.choices(question.key()).stream().findFirst().ifPresent(field::setValue);
                field.setHelperText(help);
                yield choice(question, field, editable);
            }
            case MULTIPLE_CHOICE -> {
                CheckboxGroup<String> field = new CheckboxGroup<>(label);
                field.setItems(question.options().stream().map(CallDefinition.Choice::key).toList());
                field.setItemLabelGenerator(key -> optionLabel(question, key, language));
                field.setValue(Set.copyOf(answers.choices(question.key())));
                field.setHelperText(help);
                yield choice(question, field, editable);
            }
            case FILE -> fileQuestion(question, label, help);
        };
    }

    private static String optionLabel(Question question, String key, Language language) {
        return question.options().stream().filter(o -> o.key().equals(key)).findFirst()
                .map(o -> o.label().in(language)).orElse(key);
    }

    private <F extends AbstractField<?, String> & HasValueChangeMode> Component text(
            Question question, F field, boolean editable) {
        field.setReadOnly(!editable);
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(SAVE_DELAY_MS);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed.run();
            }
        });
        fields.put(question.key(), field);
        return field;
    }

    private Component choice(Question question, AbstractField<?, ?> field, boolean editable) {
        field.setReadOnly(!editable);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed.run();
            }
        });
        fields.put(question.key(), field);
        return field;
    }

    private Component fileQuestion(Question question, String label, String help) {
        FileQuestion box = new FileQuestion(question, label, help, sheet, submission, documents, this::refreshFiles);
        fileQuestions.add(box);
        return box;
    }

    private void refreshFiles() {
        List<ApplicationFileInfo> files = submission.sheet(sheet.id()).files();
        fileQuestions.forEach(box -> box.showFiles(files));
    }

    Answers answers() {
        return QuestionValues.answers(fields);
    }

    /**
     * Shows each problem next to its question, announced (notification naming the questions, focus on the first) when
     * the person asked for it, not on an autosave; returns the messages that belong to no field.
     */
    List<String> showProblems(Refused problem, boolean announce) {
        return QuestionValues.showProblems(fields, this, problem, announce);
    }

    void clearErrors() {
        QuestionValues.clearErrors(fields);
    }
}
