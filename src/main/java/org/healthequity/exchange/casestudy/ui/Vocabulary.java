package org.healthequity.exchange.casestudy.ui;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.healthequity.exchange.casestudy.SdgTargets;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.Expertise;
import org.healthequity.exchange.shared.i18n.Language;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;

/** The case studies' vocabularies named for the component's viewer. */
final class Vocabulary {

    private Vocabulary() {
    }

    static String theme(Component c, String code) {
        return c.getTranslation(Expertise.messageKey("THEME:" + code));
    }

    static String dimension(Component c, String code) {
        return c.getTranslation(Expertise.messageKey("DIMENSION:" + code));
    }

    static String region(Component c, String region) {
        return c.getTranslation(CountryRef.regionMessageKey(region));
    }

    static String goal(Component c, int goal) {
        return c.getTranslation(SdgTargets.goalMessageKey(goal));
    }

    /** "3.8" → "3.8 · SDG 3: Good health and well-being". */
    static String target(Component c, String target) {
        return c.getTranslation("case-study.sdg-target", target, goal(c, SdgTargets.goalOf(target)));
    }

    /** A goal ("3") or a target ("3.8"), for the SDG filter. */
    static String sdg(Component c, String code) {
        return code.contains(".") ? target(c, code) : goal(c, Integer.parseInt(code));
    }

    static String language(String code) {
        return Language.nameOf(code);
    }

    static String status(Component c, String messageKey) {
        return c.getTranslation(messageKey);
    }

    static String join(List<String> codes, Function<String, String> label) {
        return codes.stream().map(label).collect(Collectors.joining(", "));
    }

    /** Goals first, each followed by its targets: the two levels of the SDG filter. */
    static List<String> sdgChoices() {
        return SdgTargets.goals().stream()
                .flatMap(goal -> Stream.concat(Stream.of(String.valueOf(goal)),
                        SdgTargets.ofGoal(goal).stream()))
                .toList();
    }

    /** A labelled choice among the codes of one vocabulary, each shown by its name. */
    static void choices(Component owner, MultiSelectComboBox<String> box, String labelKey, List<String> codes,
            ItemLabelGenerator<String> names) {
        box.setLabel(owner.getTranslation(labelKey));
        box.setItems(codes);
        box.setItemLabelGenerator(names);
    }
}
