package org.healthequity.exchange.opencall.ui;

import java.util.List;
import java.util.function.Consumer;

import org.healthequity.exchange.opencall.CallDefinition;
import org.healthequity.exchange.opencall.CallDefinition.Choice;
import org.healthequity.exchange.opencall.CallDefinition.Question;
import org.healthequity.exchange.opencall.QuestionKind;
import org.healthequity.exchange.opencall.Texts;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Edits one question of the form: key, kind, whether it must be answered, whether reviewers may see the answer (blind
 * review), word limit, texts and options.
 */
final class QuestionDialog {

    private QuestionDialog() {
    }

    static void open(Component owner, @Nullable Question item, Consumer<Question> done) {
        Dialog dialog = ItemDialogs.dialog(owner, "opencall.admin.question");
        TextField key = ItemDialogs.key(owner, item == null ? "" : item.key());
        Select<QuestionKind> kind = new Select<>();
        kind.setLabel(owner.getTranslation("opencall.admin.question-kind"));
        kind.setItems(QuestionKind.values());
        kind.setItemLabelGenerator(k -> CallLabels.kind(owner, k));
        kind.setValue(item == null ? QuestionKind.SHORT_TEXT : item.kind());
        Checkbox required = new Checkbox(owner.getTranslation("opencall.admin.question-required"),
                item == null || item.required());
        Checkbox hidden = new Checkbox(owner.getTranslation("opencall.admin.question-hidden"),
                item != null && item.hiddenFromReviewers());
        IntegerField wordLimit = ItemDialogs.number(owner, "opencall.admin.word-limit",
                item == null ? 0 : item.wordLimit(), 0, Question.WORD_LIMIT_MAX);
        wordLimit.setHelperText(owner.getTranslation("opencall.admin.word-limit-help"));
        TextsField label = new TextsField("opencall.admin.question-label", false, true);
        label.setValue(item == null ? Texts.empty() : item.label());
        TextsField help = new TextsField("opencall.admin.question-help", true, false);
        help.setValue(item == null ? Texts.empty() : item.help());
        OptionLines options = new OptionLines(owner, item == null ? List.of() : item.options());
        Runnable showKind = () -> {
            options.setVisible(kind.getValue() != null && kind.getValue().hasOptions());
            wordLimit.setVisible(kind.getValue() == QuestionKind.LONG_TEXT);
        };
        kind.addValueChangeListener(e -> showKind.run());
        showKind.run();
        FormLayout basics = new FormLayout(key, kind, required, hidden, wordLimit);
        dialog.add(basics, label, new H3(owner.getTranslation("opencall.admin.question-help")), help, options);
        ItemDialogs.footer(owner, dialog, () -> {
            boolean ok = ItemDialogs.validKey(owner, key) & label.validate();
            List<Choice> choices = List.of();
            if (kind.getValue().hasOptions()) {
                choices = options.choices();
                boolean enough = choices.size() >= CallDefinition.MIN_OPTIONS;
                options.markTooFew(!enough);
                ok &= enough;
            }
            if (ok) {
                done.accept(new Question(key.getValue().strip(), kind.getValue(), required.getValue(),
                        kind.getValue() == QuestionKind.LONG_TEXT && wordLimit.getValue() != null
                                ? wordLimit.getValue() : 0,
                        label.getValue(), help.getValue(), choices, hidden.getValue()));
            }
            return ok;
        });
    }
}
