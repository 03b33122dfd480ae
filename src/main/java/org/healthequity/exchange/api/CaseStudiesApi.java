package org.healthequity.exchange.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.healthequity.exchange.casestudy.CaseStudyLink;
import org.healthequity.exchange.casestudy.HarvestCursor;
import org.healthequity.exchange.casestudy.HarvestRecord;
import org.healthequity.exchange.casestudy.HarvestableCaseStudies;
import org.healthequity.exchange.casestudy.HarvestedCaseStudy;
import org.healthequity.exchange.casestudy.LibraryFilter;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.ReferenceFacets;
import org.healthequity.exchange.member.TokenScope;
import org.healthequity.exchange.search.FacetDefinition;
import org.healthequity.exchange.search.SearchRequest;
import org.healthequity.exchange.search.SearchResult;
import org.healthequity.exchange.search.SearchService;
import org.healthequity.exchange.search.SearchSort;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Published case studies as the library shows them, newest publication first, with the library's filters and keyset
 * cursors. With {@code q}, the full-text search of case studies with the same filters, in relevance order: its cursor
 * is an offset tied to the query (relevance has no stable key to continue after; ADR 0022), and translations of one
 * case study are one result, as on the search page.
 */
@RestController
@RequestMapping(path = "/api/v1/case-studies", produces = "application/json")
@Tag(name = "Case studies")
@RequiresScope(TokenScope.LIBRARY)
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
    private final SearchService search;
    private final Responses responses;
    private final String baseUrl;

    CaseStudiesApi(HarvestableCaseStudies caseStudies, SearchService search, Responses responses,
            ExchangeProperties properties) {
        this.caseStudies = caseStudies;
        this.search = search;
        this.responses = responses;
        this.baseUrl = properties.baseUrl();
    }

    @GetMapping
    @Operation(summary = "Published case studies, the most recently published first; with q, the best matches first")
    ResponseEntity<Page<CaseStudyItem>> list(
            @Parameter(description = "full-text search (words, \"phrases\", -exclusions, OR): relevance order, and"
                    + " the cursor is an offset in that search") @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String theme,
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
        if (q != null && !q.isBlank()) {
            return responses.ok(request, matching(q.strip(), filter, cursor, size));
        }
        Cursor after = Cursor.decode(LIST, cursor);
        List<HarvestRecord> records = caseStudies.library(filter,
                after == null ? null : new HarvestCursor(after.key(), after.id()), size + 1);
        List<CaseStudyItem> items = records.stream().limit(size).map(this::item).toList();
        String next = records.size() > size ? new Cursor(LIST, published(records.get(size - 1)),
                records.get(size - 1).id()).encode() : null;
        return responses.ok(request, new Page<>(items, next));
    }

    /**
     * The search of case studies as the caller (the search's own visibility), with the library's filters as the
     * search's facets; a result the library no longer lists (retracted since it was indexed) is left out.
     */
    private Page<CaseStudyItem> matching(String q, LibraryFilter filter, @Nullable String cursor, int size) {
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        filters.put(FacetDefinition.TYPE, Set.of(HarvestableCaseStudies.SEARCH_TYPE));
        facet(filters, ReferenceFacets.COUNTRY, filter.country());
        facet(filters, ReferenceFacets.REGION, filter.region());
        facet(filters, ReferenceFacets.THEME, filter.theme());
        facet(filters, "year", filter.year() == null ? null : filter.year().toString());
        facet(filters, FacetDefinition.LANGUAGE, filter.language() == null ? null : filter.language().code());
        facet(filters, ReferenceFacets.NETWORK, filter.network() == null ? null : filter.network().name());
        String list = OffsetCursor.list(LIST, q + "|" + filters);
        int offset = OffsetCursor.decode(list, cursor);
        SearchResult result = search.search(new SearchRequest(q, filters, SearchSort.RELEVANCE, offset, size));
        List<CaseStudyItem> items = caseStudies.publishedOf(result.hits().stream().map(SearchResult.Hit::contentId)
                .toList()).stream().map(this::item).toList();
        boolean more = result.hits().size() == size && offset + size < result.total()
                && offset + size < OffsetCursor.DEEPEST;
        return new Page<>(items, more ? new OffsetCursor(list, offset + size).encode() : null);
    }

    private static void facet(Map<String, Set<String>> filters, String key, @Nullable String value) {
        if (value != null) {
            filters.put(key, Set.of(value));
        }
    }

    /** The list's sort key: when the case study was last published (its datestamp may be later, ADR 0020). */
    private static Instant published(HarvestRecord record) {
        Instant published = record.content() == null ? null : record.content().publishedAt();
        return published == null ? record.datestamp() : published;
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
