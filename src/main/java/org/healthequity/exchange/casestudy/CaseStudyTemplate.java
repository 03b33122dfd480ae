package org.healthequity.exchange.casestudy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The long-text sections of the UN SDG good-practice template, in the order they are written and shown. The form, the
 * editor, the completeness check, the page, the version diff and the PDF export all follow this list; adding a
 * section is a line here, its column, and its labels in the bundles.
 */
public final class CaseStudyTemplate {

    /**
     * One section.
     *
     * @param key the section's name in forms, field problems and diffs
     * @param required whether a submission needs it filled
     * @param messageKey the bundle key of its heading and label
     * @param column the revision table's column that stores it
     */
    public record Section(String key, boolean required, String messageKey, String column) {
    }

    public static final List<Section> SECTIONS = List.of(
            new Section("summary", true, "case-study.field.summary", "summary"),
            new Section("objectives", true, "case-study.field.objectives", "objectives"),
            new Section("context", false, "case-study.field.context", "context"),
            new Section("stakeholders", false, "case-study.field.stakeholders", "stakeholders"),
            new Section("implementation", true, "case-study.field.implementation", "implementation"),
            new Section("results", true, "case-study.field.results", "results"),
            new Section("enablingFactors", false, "case-study.field.enabling-factors", "enabling_factors"),
            new Section("sustainability", false, "case-study.field.sustainability", "sustainability"),
            new Section("lessonsLearned", true, "case-study.field.lessons-learned", "lessons_learned"));

    private CaseStudyTemplate() {
    }

    public static Optional<Section> section(String key) {
        return SECTIONS.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** Every section of the template with its text ("" when missing), in the template's order; unknown keys refused. */
    public static Map<String, String> complete(Map<String, String> texts) {
        Map<String, String> all = new LinkedHashMap<>();
        for (Section section : SECTIONS) {
            String text = texts.get(section.key());
            all.put(section.key(), text == null ? "" : text);
        }
        if (!all.keySet().containsAll(texts.keySet())) {
            throw new IllegalArgumentException("Not a section of the template: " + texts.keySet());
        }
        return Collections.unmodifiableMap(all);
    }

    /** No section written yet. */
    public static Map<String, String> empty() {
        return complete(Map.of());
    }
}
