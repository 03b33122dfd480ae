package org.healthequity.exchange.casestudy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an author writes: the fields of the UN SDG good-practice template. The long texts are Markdown, one per
 * {@link CaseStudyTemplate#SECTIONS section}, always all of them in the template's order. A draft may be incomplete;
 * {@link CaseStudyAuthoring#submit} checks completeness. Change one field with a {@code with…} copy.
 */
@NamedInterface("api")
public record CaseStudyForm(
        @NotNull Network network,
        @NotNull Language language,
        @Size(max = CaseStudyLimits.TITLE) String title,
        Map<String, @Size(max = CaseStudyLimits.LONG_TEXT) String> sections,
        @Size(max = CaseStudyLimits.MAX_COUNTRIES) List<String> countries,
        @Nullable Integer yearFrom,
        @Nullable Integer yearTo,
        List<String> themes,
        List<String> dimensions,
        List<String> sdgTargets,
        @Size(max = CaseStudyLimits.CONTACTS) String contacts,
        @Size(max = CaseStudyLimits.LINKS) String links,
        @Size(max = CaseStudyLimits.MAX_AUTHORS) List<Long> coAuthorIds) {

    public CaseStudyForm {
        sections = CaseStudyTemplate.complete(sections);
    }

    public static CaseStudyForm empty(Network network, Language language) {
        return new CaseStudyForm(network, language, "", CaseStudyTemplate.empty(), List.of(), null, null, List.of(),
                List.of(), List.of(), "", "", List.of());
    }

    /** A section's text by its key ("" when not written). */
    public String section(String key) {
        String text = sections.get(key);
        if (text == null) {
            throw new IllegalArgumentException(key);
        }
        return text;
    }

    public CaseStudyForm withSection(String key, String text) {
        Map<String, String> changed = new LinkedHashMap<>(sections);
        changed.put(key, text);
        return withSections(changed);
    }

    public CaseStudyForm withSections(Map<String, String> texts) {
        return new CaseStudyForm(network, language, title, texts, countries, yearFrom, yearTo, themes, dimensions,
                sdgTargets, contacts, links, coAuthorIds);
    }

    public CaseStudyForm withTitle(String text) {
        return new CaseStudyForm(network, language, text, sections, countries, yearFrom, yearTo, themes, dimensions,
                sdgTargets, contacts, links, coAuthorIds);
    }

    public CaseStudyForm withLanguage(Language other) {
        return new CaseStudyForm(network, other, title, sections, countries, yearFrom, yearTo, themes, dimensions,
                sdgTargets, contacts, links, coAuthorIds);
    }

    public CaseStudyForm withThemes(List<String> codes) {
        return new CaseStudyForm(network, language, title, sections, countries, yearFrom, yearTo, codes, dimensions,
                sdgTargets, contacts, links, coAuthorIds);
    }

    public CaseStudyForm withCoAuthorIds(List<Long> ids) {
        return new CaseStudyForm(network, language, title, sections, countries, yearFrom, yearTo, themes, dimensions,
                sdgTargets, contacts, links, ids);
    }

    /** The links, one per line, without blanks. */
    public List<String> linkList() {
        return links.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
