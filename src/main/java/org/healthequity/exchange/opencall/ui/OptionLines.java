package org.healthequity.exchange.opencall.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.healthequity.exchange.opencall.CallDefinition.Choice;
import org.healthequity.exchange.opencall.Texts;
import org.healthequity.exchange.shared.i18n.Language;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * A choice question's options as one text area per language, the n-th line of each language being the n-th option.
 */
class OptionLines extends Div {

    private final Component owner;
    private final List<Choice> existing;
    private final Map<Language, TextArea> fields = new LinkedHashMap<>();

    OptionLines(Component owner, List<Choice> existing) {
        this.owner = owner;
        this.existing = List.copyOf(existing);
        FormLayout layout = new FormLayout();
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
            layout.add(area);
        }
        add(new H3(owner.getTranslation("opencall.admin.options")),
                new Paragraph(owner.getTranslation("opencall.admin.options-help")), layout);
    }

    /** Marks the English options as too few (a choice needs at least two), or clears the mark. */
    void markTooFew(boolean tooFew) {
        TextArea english = fields.get(Language.ENGLISH);
        english.setErrorMessage(tooFew ? owner.getTranslation("opencall.admin.options-needed") : null);
        english.setInvalid(tooFew);
    }

    /**
     * One option per English line; the other languages' lines at the same position are its translations. An option
     * keeps the key it had at that position, new ones get the next free "oN".
     */
    List<Choice> choices() {
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
}
