package org.healthequity.exchange.opencall.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.healthequity.exchange.opencall.CallDefinition.Choice;
import org.healthequity.exchange.opencall.CallDefinition.Criterion;
import org.healthequity.exchange.opencall.CallDefinition.Declaration;
import org.healthequity.exchange.opencall.CallDefinition.Question;
import org.healthequity.exchange.opencall.QuestionKind;
import org.healthequity.exchange.opencall.Texts;
import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The dialogs that edit one declaration, question or rubric criterion, each text in the six languages. */
final class DefinitionDialogs {

    /** The keys the service accepts; checked here too so that the message appears next to the field. */
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_-]{0,39}");

    private DefinitionDialogs() {
    }

    static void declaration(Component owner, @Nullable Declaration item, Consumer<Declaration> done) {
        Dialog dialog = dialog(owner, "opencall.admin.declaration");
        TextField key = key(owner, item == null ? "" : item.key());
        TextsField text = new TextsField("opencall.admin.declaration-text", true, true);
        text.setValue(item == null ? Texts.empty() : item.text());
        dialog.add(key, text);
        footer(owner, dialog, () -> {
            boolean ok = validKey(owner, key) & text.validate();
            if (ok) {
                done.accept(new Declaration(key.getValue().strip(), text.getValue()));
            }
            return ok;
        });
    }

    static void question(Component owner, @Nullable Question item, Consumer<Question> done) {
        Dialog dialog = dialog(owner, "opencall.admin.question");
        TextField key = key(owner, item == null ? "" : item.key());
        Select<QuestionKind> kind = new Select<>();
        kind.setLabel(owner.getTranslation("opencall.admin.question-kind"));
        kind.setItems(QuestionKind.values());
        kind.setItemLabelGenerator(k -> CallLabels.kind(owner, k));
        kind.setValue(item == null ? QuestionKind.SHORT_TEXT : item.kind());
        Checkbox required = new Checkbox(owner.getTranslation("opencall.admin.question-required"),
                item == null || item.required());
        IntegerField wordLimit = new IntegerField(owner.getTranslation("opencall.admin.word-limit"));
        wordLimit.setHelperText(owner.getTranslation("opencall.admin.word-limit-help"));
        wordLimit.setMin(0);
        wordLimit.setMax(10_000);
        wordLimit.setValue(item == null ? 0 : item.wordLimit());
        TextsField label = new TextsField("opencall.admin.question-label", false, true);
        label.setValue(item == null ? Texts.empty() : item.label());
        TextsField help = new TextsField("opencall.admin.question-help", true, false);
        help.setValue(item == null ? Texts.empty() : item.help());
        List<Choice> existing = item == null ? List.of() : item.options();
        Map<Language, TextArea> options = optionFields(owner, existing);
        FormLayout optionLayout = new FormLayout();
        options.values().forEach(optionLayout::add);
        H3 optionTitle = new H3(owner.getTranslation("opencall.admin.options"));
        Paragraph optionHelp = new Paragraph(owner.getTranslation("opencall.admin.options-help"));
        Runnable showKind = () -> {
            boolean choice = kind.getValue() != null && kind.getValue().hasOptions();
            optionTitle.setVisible(choice);
            optionHelp.setVisible(choice);
            optionLayout.setVisible(choice);
            wordLimit.setVisible(kind.getValue() == QuestionKind.LONG_TEXT);
        };
        kind.addValueChangeListener(e -> showKind.run());
        showKind.run();
        FormLayout basics = new FormLayout(key, kind, required, wordLimit);
        dialog.add(basics, label, new H3(owner.getTranslation("opencall.admin.question-help")), help, optionTitle,
                optionHelp, optionLayout);
        footer(owner, dialog, () -> {
            boolean ok = validKey(owner, key) & label.validate();
            List<Choice> choices = List.of();
            if (kind.getValue().hasOptions()) {
                TextArea english = options.get(Language.ENGLISH);
                choices = choices(options, existing);
                boolean enough = choices.size() >= 2;
                english.setErrorMessage(enough ? null : owner.getTranslation("opencall.admin.options-needed"));
                english.setInvalid(!enough);
                ok &= enough;
            }
            if (ok) {
                done.accept(new Question(key.getValue().strip(), kind.getValue(), required.getValue(),
                        kind.getValue() == QuestionKind.LONG_TEXT && wordLimit.getValue() != null
                                ? wordLimit.getValue() : 0,
                        label.getValue(), help.getValue(), choices));
            }
            return ok;
        });
    }

    static void criterion(Component owner, @Nullable Criterion item, Consumer<Criterion> done) {
        Dialog dialog = dialog(owner, "opencall.admin.criterion");
        TextField key = key(owner, item == null ? "" : item.key());
        IntegerField weight = number(owner, "opencall.admin.weight", item == null ? 1 : item.weight(), 1, 100);
        IntegerField min = number(owner, "opencall.admin.scale-min", item == null ? 0 : item.scaleMin(), 0, 100);
        IntegerField max = number(owner, "opencall.admin.scale-max", item == null ? 5 : item.scaleMax(), 0, 100);
        TextsField label = new TextsField("opencall.admin.criterion-label", false, true);
        label.setValue(item == null ? Texts.empty() : item.label());
        TextsField guidance = new TextsField("opencall.admin.guidance", true, false);
        guidance.setValue(item == null ? Texts.empty() : item.guidance());
        dialog.add(new FormLayout(key, weight, min, max), label, new H3(owner.getTranslation("opencall.admin.guidance")),
                guidance);
        footer(owner, dialog, () -> {
            boolean ok = validKey(owner, key) & label.validate();
            for (IntegerField field : List.of(weight, min, max)) {
                boolean present = field.getValue() != null;
                field.setErrorMessage(present ? null : owner.getTranslation("opencall.admin.required"));
                field.setInvalid(!present);
                ok &= present;
            }
            if (ok && max.getValue() <= min.getValue()) {
                max.setErrorMessage(owner.getTranslation("opencall.admin.scale-order"));
                max.setInvalid(true);
                ok = false;
            }
            if (ok) {
                done.accept(new Criterion(key.getValue().strip(), weight.getValue(), min.getValue(), max.getValue(),
                        label.getValue(), guidance.getValue()));
            }
            return ok;
        });
    }

    /** The option text areas, the n-th line of each language being the n-th option. */
    private static Map<Language, TextArea> optionFields(Component owner, List<Choice> existing) {
        Map<Language, TextArea> fields = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            TextArea area = new TextArea(owner.getTranslation("opencall.admin.in-language",
                    owner.getTranslation("opencall.admin.options"), language.nativeName()));
            area.setHelperText(owner.getTranslation("opencall.admin.one-per-line"));
            if (language.rightToLeft()) {
                area.getElement().setAttribute("dir", "rtl");
            }
            List<String> lines = new ArrayList<>();
            for (Choice choice : existing) {
                String text = choice.label().exactly(language);
                lines.add(text == null ? "" : text);
            }
            area.setValue(String.join("\n", lines).stripTrailing());
            fields.put(language, area);
        }
        return fields;
    }

    /**
     * One option per English line; the other languages' lines at the same position are its translations. An option
     * keeps the key it had at that position, new ones get the next free "oN".
     */
    static List<Choice> choices(Map<Language, TextArea> fields, List<Choice> existing) {
        Map<Language, List<String>> lines = new LinkedHashMap<>();
        fields.forEach((language, area) -> lines.put(language, List.of(area.getValue().split("\\R", -1))));
        List<String> english = lines.get(Language.ENGLISH);
        Set<String> used = new HashSet<>();
        existing.forEach(c -> used.add(c.key()));
        List<Choice> choices = new ArrayList<>();
        int next = 1;
        for (int i = 0; i < english.size(); i++) {
            if (english.get(i).isBlank()) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (var entry : lines.entrySet()) {
                if (i < entry.getValue().size()) {
                    values.put(entry.getKey().code(), entry.getValue().get(i));
                }
            }
            String key;
            if (i < existing.size()) {
                key = existing.get(i).key();
            } else {
                while (used.contains("o" + next)) {
                    next++;
                }
                key = "o" + next;
                used.add(key);
            }
            choices.add(new Choice(key, new Texts(values)));
        }
        return choices;
    }

    private static Dialog dialog(Component owner, String titleKey) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(owner.getTranslation(titleKey));
        dialog.setWidth("min(60rem, 95vw)");
        return dialog;
    }

    private static TextField key(Component owner, String value) {
        TextField key = new TextField(owner.getTranslation("opencall.admin.key"));
        key.setHelperText(owner.getTranslation("opencall.admin.key-help"));
        key.setMaxLength(40);
        key.setRequiredIndicatorVisible(true);
        key.setValue(value);
        return key;
    }

    private static boolean validKey(Component owner, TextField key) {
        boolean ok = KEY.matcher(key.getValue().strip()).matches();
        key.setErrorMessage(ok ? null : owner.getTranslation("opencall.problem.key", key.getValue()));
        key.setInvalid(!ok);
        return ok;
    }

    private static IntegerField number(Component owner, String labelKey, int value, int min, int max) {
        IntegerField field = new IntegerField(owner.getTranslation(labelKey));
        field.setMin(min);
        field.setMax(max);
        field.setValue(value);
        return field;
    }

    /** Apply (when the check passes, the dialog closes) and cancel. */
    private static void footer(Component owner, Dialog dialog, java.util.function.BooleanSupplier apply) {
        Button ok = new Button(owner.getTranslation("opencall.admin.apply"), e -> {
            if (apply.getAsBoolean()) {
                dialog.close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(owner.getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }
}
