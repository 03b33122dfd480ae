package org.healthequity.exchange.casestudy;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.Expertise;
import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.text.RichText;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What an author typed, cleaned and checked: markup removed, values checked against the vocabularies and the author's
 * networks (every refused field named), and the completeness a submission needs.
 */
@Component
class CaseStudyChecks {

    private final Countries countries;
    private final MemberContacts contacts;

    CaseStudyChecks(Countries countries, MemberContacts contacts) {
        this.countries = countries;
        this.contacts = contacts;
    }

    CaseStudyForm clean(CaseStudyForm form) {
        Map<String, String> sections = new LinkedHashMap<>();
        form.sections().forEach((key, text) -> sections.put(key, RichText.clean(text)));
        return new CaseStudyForm(form.network(), form.language(), plain(form.title()), sections,
                distinct(form.countries()), form.yearFrom(), form.yearTo(),
                distinct(form.themes()), distinct(form.dimensions()), distinct(form.sdgTargets()),
                plain(form.contacts()), form.links().strip(), distinct(form.coAuthorIds()));
    }

    /** Titles and names are plain text: one line, no control characters. */
    static String plain(String text) {
        return text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }

    private static <T> List<T> distinct(List<T> values) {
        return values.stream().distinct().toList();
    }

    /**
     * Checks every value against the vocabularies and the author's networks; returns the derived WHO regions.
     *
     * @param currentAuthors the case study's authors when the caller is one of them, else none
     */
    List<String> check(CaseStudyForm form, ExchangeUser me, List<Long> currentAuthors) {
        List<Refused.FieldProblem> problems = new ArrayList<>();
        Map<String, String> regionOf = countries.all(Language.ENGLISH).stream()
                .collect(Collectors.toMap(CountryRef::iso2, CountryRef::region));
        if (form.countries().stream().anyMatch(c -> !regionOf.containsKey(c))) {
            problems.add(new Refused.FieldProblem("countries", "case-study.countries.unknown"));
        }
        if (form.themes().stream().anyMatch(t -> !Expertise.THEMES.contains(t))) {
            problems.add(new Refused.FieldProblem("themes", "case-study.vocabulary.unknown"));
        }
        if (form.dimensions().stream().anyMatch(d -> !Expertise.DIMENSIONS.contains(d))) {
            problems.add(new Refused.FieldProblem("dimensions", "case-study.vocabulary.unknown"));
        }
        if (form.sdgTargets().stream().anyMatch(t -> !SdgTargets.isValid(t))) {
            problems.add(new Refused.FieldProblem("sdgTargets", "case-study.vocabulary.unknown"));
        }
        checkYear(form.yearFrom(), "yearFrom", problems);
        checkYear(form.yearTo(), "yearTo", problems);
        if (form.yearFrom() != null && form.yearTo() != null && form.yearTo() < form.yearFrom()) {
            problems.add(new Refused.FieldProblem("yearTo", "case-study.years.order"));
        }
        if (form.linkList().stream().anyMatch(link -> !isWebAddress(link))) {
            problems.add(new Refused.FieldProblem("links", "case-study.links.invalid"));
        }
        boolean secretariat = me.isStaff();
        if (!secretariat && !contacts.myNetworks().contains(form.network())) {
            problems.add(new Refused.FieldProblem("network", "case-study.network.not-a-member"));
        }
        if (!form.coAuthorIds().isEmpty()) {
            // Only people the author could pick from the directory, or who are authors already: an id typed by hand
            // must neither reveal a hidden person's name nor hand them the draft.
            Set<Long> allowed = new HashSet<>(contacts.listedInDirectory(form.coAuthorIds()));
            allowed.addAll(currentAuthors);
            if (!allowed.containsAll(form.coAuthorIds())) {
                problems.add(new Refused.FieldProblem("coAuthors", "case-study.authors.unknown"));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return form.countries().stream().map(regionOf::get).distinct().sorted().toList();
    }

    private static void checkYear(@Nullable Integer year, String field, List<Refused.FieldProblem> problems) {
        if (year != null && (year < CaseStudyLimits.FIRST_YEAR || year > CaseStudyLimits.LAST_YEAR)) {
            problems.add(new Refused.FieldProblem(field, "case-study.years.range"));
        }
    }

    static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            return uri.getHost() != null && ("https".equalsIgnoreCase(uri.getScheme())
                    || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Every field a submission needs and lacks, so the author sees them all at once. */
    static List<Refused.FieldProblem> incomplete(CaseStudyForm form) {
        List<Refused.FieldProblem> missing = new ArrayList<>();
        if (form.title().isBlank()) {
            missing.add(new Refused.FieldProblem("title", "case-study.required"));
        }
        for (CaseStudyTemplate.Section section : CaseStudyTemplate.SECTIONS) {
            if (section.required() && form.section(section.key()).isBlank()) {
                missing.add(new Refused.FieldProblem(section.key(), "case-study.required"));
            }
        }
        if (form.countries().isEmpty()) {
            missing.add(new Refused.FieldProblem("countries", "case-study.required"));
        }
        if (form.themes().isEmpty()) {
            missing.add(new Refused.FieldProblem("themes", "case-study.required"));
        }
        if (form.yearFrom() == null) {
            missing.add(new Refused.FieldProblem("yearFrom", "case-study.required"));
        }
        return missing;
    }
}
