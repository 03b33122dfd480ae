package org.healthequity.exchange.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.healthequity.exchange.casestudy.CaseStudyLink;
import org.healthequity.exchange.casestudy.HarvestCursor;
import org.healthequity.exchange.casestudy.HarvestRecord;
import org.healthequity.exchange.casestudy.HarvestableCaseStudies;
import org.healthequity.exchange.casestudy.HarvestedCaseStudy;
import org.healthequity.exchange.casestudy.LibraryFilter;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Published case studies as the library shows them, newest publication first, with the library's filters. Full-text
 * search ({@code q}) is not offered yet (ADR 0022).
 */
@RestController
@RequestMapping(path = "/api/v1/case-studies", produces = "application/json")
@Tag(name = "Case studies")
class CaseStudiesApi {

    /** A case study in a list: everything but the sections. */
    record CaseStudyItem(long id, String url, String title, String language, String network, String summary,
            List<String> authors, List<String> countries, List<String> regions, @Nullable Integer yearFrom,
            @Nullable Integer yearTo, List<String> themes, List<String> dimensions, List<String> sdgTargets,
            @Nullable Instant firstPublishedAt, @Nullable Instant publishedAt, @Nullable Long translationOf,
            List<Translation> translations) {
    }

    /** One case study with its sections in the template's order (plain text). */
    record CaseStudyDetail(long id, String url, String title, String language, String network, String summary,
            Map<String, String> sections, List<String> authors, List<String> countries, List<String> regions,
            @Nullable Integer yearFrom, @Nullable Integer yearTo, List<String> themes, List<String> dimensions,
            List<String> sdgTargets, @Nullable Instant firstPublishedAt, @Nullable Instant publishedAt,
            @Nullable Long translationOf, List<Translation> translations) {
    }

    /** Another published language of the same case study. */
    record Translation(long id, String language, String title) {
    }

    private static final String LIST = "case-studies";

    private final HarvestableCaseStudies caseStudies;
    private final Responses responses;
    private final String baseUrl;

    CaseStudiesApi(HarvestableCaseStudies caseStudies, Responses responses,
            ExchangeProperties properties) {
        this.caseStudies = caseStudies;
        this.responses = responses;
        this.baseUrl = properties.baseUrl();
    }

    @GetMapping
    @Operation(summary = "Published case studies, the most recently published first")
    ResponseEntity<Page<CaseStudyItem>> list(@RequestParam(required = false) @Nullable String theme,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String language,
            @RequestParam(required = false) @Nullable String network,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit, WebRequest request) {
        int size = Responses.limit(limit);
        LibraryFilter filter = new LibraryFilter(Responses.code("country", country), Responses.code("region", region),
                Responses.code("theme", theme), null, null, year(year), language(language), network(network));
        Cursor after = Cursor.decode(LIST, cursor);
        List<HarvestRecord> records = caseStudies.library(filter,
                after == null ? null : new HarvestCursor(after.key(), after.id()), size + 1);
        List<CaseStudyItem> items = records.stream().limit(size).map(this::item).toList();
        String next = records.size() > size
                ? new Cursor(LIST, records.get(size - 1).datestamp(), records.get(size - 1).id()).encode() : null;
        return responses.ok(request, new Page<>(items, next));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One published case study with its sections")
    ResponseEntity<CaseStudyDetail> one(@PathVariable long id, WebRequest request) {
        HarvestRecord record = caseStudies.record(id).filter(r -> !r.deleted())
                .orElseThrow(() -> new NotFound("No published case study has the id " + id + "."));
        HarvestedCaseStudy c = record.content();
        return responses.ok(request, new CaseStudyDetail(record.id(), url(record.id()), c.title(), c.language(),
                c.network(), c.summary(), c.sections(), c.authors(), c.countries(), c.regions(), c.yearFrom(),
                c.yearTo(), c.themes(), c.dimensions(), c.sdgTargets(), c.firstPublishedAt(), c.publishedAt(),
                c.translationOf(), translations(c.translations())));
    }

    private CaseStudyItem item(HarvestRecord record) {
        HarvestedCaseStudy c = record.content();
        return new CaseStudyItem(record.id(), url(record.id()), c.title(), c.language(), c.network(), c.summary(),
                c.authors(), c.countries(), c.regions(), c.yearFrom(), c.yearTo(), c.themes(), c.dimensions(),
                c.sdgTargets(), c.firstPublishedAt(), c.publishedAt(), c.translationOf(),
                translations(c.translations()));
    }

    private String url(long id) {
        return baseUrl + "/case-studies/" + id;
    }

    private static List<Translation> translations(List<CaseStudyLink> links) {
        return links.stream().map(link -> new Translation(link.id(), link.language(), link.title())).toList();
    }

    private static @Nullable Integer year(@Nullable Integer year) {
        if (year != null && (year < 1900 || year > 2100)) {
            throw new BadParameter("year", "Expected a year from 1900 to 2100.");
        }
        return year;
    }

    static @Nullable Language language(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return Language.ofCode(code).orElseThrow(() -> new BadParameter("language",
                "Expected one of en, fr, es, ar, ru, zh."));
    }

    static @Nullable Network network(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        for (Network network : Network.values()) {
            if (network.name().equalsIgnoreCase(code)) {
                return network;
            }
        }
        throw new BadParameter("network", "Expected GKNHE or HIM.");
    }
}
