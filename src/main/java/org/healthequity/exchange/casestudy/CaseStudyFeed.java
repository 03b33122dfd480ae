package org.healthequity.exchange.casestudy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.Expertise;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.healthequity.exchange.shared.text.AtomFeed;
import org.healthequity.exchange.shared.text.RichText;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.shared.validation.Refused.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;

/**
 * The Atom feed of newly published case studies, all or those of one theme, country, WHO region or language. A filter
 * value the portal does not know is refused on its parameter (the address answers 400 and names it) rather than
 * answered with an empty feed, so a mistyped subscription is noticed at once instead of staying silent for ever.
 */
@Service
public class CaseStudyFeed {

    /** How many entries a feed holds: the newest. */
    static final int ENTRIES = 50;
    private static final int SUMMARY = 1000;

    private final PublishedCaseStudies published;
    private final Countries countries;
    private final Translations translations;
    private final Clock clock;

    CaseStudyFeed(PublishedCaseStudies published, Countries countries, Translations translations, Clock clock) {
        this.published = published;
        this.countries = countries;
        this.translations = translations;
        this.clock = clock;
    }

    /**
     * The feed's XML; refused on {@code theme}, {@code country}, {@code region} or {@code language} when a value is
     * unknown. Codes are read case-insensitively.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public String atom(@Nullable String theme, @Nullable String country, @Nullable String region,
            @Nullable String language, Language viewer) {
        List<FieldProblem> problems = new ArrayList<>();
        String themeCode = known("theme", theme, Expertise.THEMES, problems);
        String countryCode = known("country", country, countries.names(Language.ENGLISH).keySet(), problems);
        String regionCode = known("region", region, Countries.REGIONS, problems);
        Language lang = null;
        if (blankToNull(language) != null) {
            Optional<Language> found = Language.ofCode(language.strip().toLowerCase(Locale.ROOT));
            if (found.isEmpty()) {
                problems.add(new FieldProblem("language", "feed.unknown-value", "language", language.strip()));
            } else {
                lang = found.get();
            }
        }
        Refused.throwIfAny(problems);
        LibraryFilter filter = new LibraryFilter(countryCode, regionCode, themeCode, null, null, null, lang, null);
        StringBuilder query = new StringBuilder();
        param(query, "theme", themeCode);
        param(query, "country", countryCode);
        param(query, "region", regionCode);
        param(query, "language", lang == null ? null : lang.code());
        String self = published.link("feeds/case-studies.atom" + query);
        List<AtomFeed.Entry> entries = published.latest(filter, ENTRIES).stream().map(c -> new AtomFeed.Entry(
                AtomFeed.tagUri(self, "case-study:" + c.id()), c.title(), c.publishedAt(), c.firstPublishedAt(),
                c.url(), RichText.excerpt(c.summary(), SUMMARY), c.authors(), c.keywords(), c.language().code())).toList();
        return AtomFeed.write(new AtomFeed.Feed(AtomFeed.tagUri(self, "feed:case-studies" + query),
                translations.get("feed.case-studies.title", viewer), self, published.link("case-studies"),
                translations.get("app.name", viewer), clock.instant(), entries));
    }

    private static @Nullable String known(String field, @Nullable String value, java.util.Collection<String> codes,
            List<FieldProblem> problems) {
        String code = blankToNull(value);
        if (code == null) {
            return null;
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (!codes.contains(upper)) {
            problems.add(new FieldProblem(field, "feed.unknown-value", field, code.strip()));
            return null;
        }
        return upper;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static void param(StringBuilder query, String name, @Nullable String value) {
        if (value != null) {
            query.append(query.isEmpty() ? '?' : '&').append(name).append('=').append(value);
        }
    }
}
