package org.healthequity.exchange.casestudy;

import java.util.List;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an author writes: the fields of the UN SDG good-practice template. The long texts are Markdown. A draft may be
 * incomplete; {@link CaseStudyAuthoring#submit} checks completeness.
 */
public record CaseStudyForm(
        @NotNull Network network,
        @NotNull Language language,
        @Size(max = CaseStudyLimits.TITLE) String title,
        @Size(max = CaseStudyLimits.LONG_TEXT) String summary,
        @Size(max = CaseStudyLimits.LONG_TEXT) String objectives,
        @Size(max = CaseStudyLimits.LONG_TEXT) String context,
        @Size(max = CaseStudyLimits.LONG_TEXT) String stakeholders,
        @Size(max = CaseStudyLimits.LONG_TEXT) String implementation,
        @Size(max = CaseStudyLimits.LONG_TEXT) String results,
        @Size(max = CaseStudyLimits.LONG_TEXT) String enablingFactors,
        @Size(max = CaseStudyLimits.LONG_TEXT) String sustainability,
        @Size(max = CaseStudyLimits.LONG_TEXT) String lessonsLearned,
        @Size(max = CaseStudyLimits.MAX_COUNTRIES) List<String> countries,
        @Nullable Integer yearFrom,
        @Nullable Integer yearTo,
        List<String> themes,
        List<String> dimensions,
        List<String> sdgTargets,
        @Size(max = CaseStudyLimits.CONTACTS) String contacts,
        @Size(max = CaseStudyLimits.LINKS) String links,
        @Size(max = CaseStudyLimits.MAX_AUTHORS) List<Long> coAuthorIds) {

    /** The long text fields in the template's order, by their form field name. */
    public static final List<String> LONG_FIELDS = List.of("summary", "objectives", "context", "stakeholders",
            "implementation", "results", "enablingFactors", "sustainability", "lessonsLearned");

    public static CaseStudyForm empty(Network network, Language language) {
        return new CaseStudyForm(network, language, "", "", "", "", "", "", "", "", "", "", List.of(), null, null,
                List.of(), List.of(), List.of(), "", "", List.of());
    }

    /** A long text by its field name. */
    public String longField(String name) {
        return switch (name) {
            case "summary" -> summary;
            case "objectives" -> objectives;
            case "context" -> context;
            case "stakeholders" -> stakeholders;
            case "implementation" -> implementation;
            case "results" -> results;
            case "enablingFactors" -> enablingFactors;
            case "sustainability" -> sustainability;
            case "lessonsLearned" -> lessonsLearned;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** The links, one per line, without blanks. */
    public List<String> linkList() {
        return links.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
