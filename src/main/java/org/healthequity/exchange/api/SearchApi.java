package org.healthequity.exchange.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.healthequity.exchange.member.TokenScope;
import org.healthequity.exchange.search.FacetDefinition;
import org.healthequity.exchange.search.SearchRequest;
import org.healthequity.exchange.search.SearchResult;
import org.healthequity.exchange.search.SearchService;
import org.healthequity.exchange.search.SearchSort;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Full-text search as the search page does it, through the search module's own service called as the caller (a
 * token's member or a visitor), so each sees only what they may: the same query syntax (words, "phrases", -exclusions,
 * OR; broken syntax is searched as plain words with a note), the same facets (values of one facet combine with OR,
 * facets with AND), relevance or newest first, and the page's paging by page number and size. Snippets are plain text.
 */
@RestController
@RequestMapping(path = "/api/v1/search", produces = "application/json")
@Tag(name = "Search")
@RequiresScope(TokenScope.SEARCH)
class SearchApi {

    /**
     * One page of results.
     *
     * @param total the results the caller may see, translations of one item counting once; an estimate (rounded) when
     *     {@code totalEstimated}
     * @param countsEstimated whether the facet counts are estimates
     * @param note why the search was changed (broken syntax, too long, relaxed), or null
     * @param nextPage the next page's number, null on the last
     */
    record SearchPage(String query, String sort, int page, int size, long total, boolean totalEstimated,
            boolean countsEstimated, @Nullable Note note, @Nullable String didYouMean, List<Result> items,
            Map<String, List<FacetValue>> facets, @Nullable Integer nextPage) {
    }

    /** A found item: its type ("CASE_STUDY", "WEBINAR", ...), the snippet as plain text, its page on the portal. */
    record Result(String type, long id, String title, String snippet, String language, Instant publishedAt, String url,
            List<AlsoIn> alsoIn) {
    }

    /** A translation of the item the caller may see. */
    record AlsoIn(String language, String url) {
    }

    /** A facet's value with the number of items it would select; an SDG goal carries its targets as children. */
    record FacetValue(String value, long count, List<FacetValue> children) {
    }

    /** How the search was read: a code ("simplified", "too-long", ...) and the text in the caller's language. */
    record Note(String code, String text) {
    }

    /** The search page's page size. */
    static final int DEFAULT_SIZE = 10;
    /** As many values of one facet as the search page reads. */
    static final int MAX_VALUES = 50;
    private static final String NOTE = "search.note.";

    private final SearchService search;
    private final Translations translations;
    private final Responses responses;
    private final ExchangeProperties properties;

    SearchApi(SearchService search, Translations translations, Responses responses, ExchangeProperties properties) {
        this.search = search;
        this.translations = translations;
        this.responses = responses;
        this.properties = properties;
    }

    @GetMapping
    @Operation(summary = "Full-text search across everything the caller may see, with the search page's facets",
            parameters = {
                @Parameter(name = "q", in = ParameterIn.QUERY, description = "words, \"phrases\", -exclusions, OR"),
                @Parameter(name = "sort", in = ParameterIn.QUERY, description = "relevance (default) or newest"),
                @Parameter(name = "page", in = ParameterIn.QUERY, description = "page number from 1"),
                @Parameter(name = "size", in = ParameterIn.QUERY, description = "results per page, 1 to 100, 10"),
                @Parameter(name = "type", in = ParameterIn.QUERY, description = "CASE_STUDY, ... (repeatable)"),
                @Parameter(name = "country", in = ParameterIn.QUERY, description = "ISO 3166 alpha-2 (repeatable)"),
                @Parameter(name = "region", in = ParameterIn.QUERY, description = "WHO region code (repeatable)"),
                @Parameter(name = "year", in = ParameterIn.QUERY, description = "a year (repeatable)"),
                @Parameter(name = "theme", in = ParameterIn.QUERY, description = "theme code (repeatable)"),
                @Parameter(name = "dimension", in = ParameterIn.QUERY, description = "inequality dimension"),
                @Parameter(name = "sdg", in = ParameterIn.QUERY, description = "SDG goal (3) or target (3.8)"),
                @Parameter(name = "language", in = ParameterIn.QUERY, description = "en, fr, es, ar, ru, zh"),
                @Parameter(name = "network", in = ParameterIn.QUERY, description = "GKNHE or HIM")})
    ResponseEntity<SearchPage> search(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
            @Nullable String accept, WebRequest request) {
        String query = single(parameters, "q", "");
        SearchSort sort = switch (single(parameters, "sort", "relevance")) {
            case "relevance" -> SearchSort.RELEVANCE;
            case "newest" -> SearchSort.NEWEST;
            default -> throw new BadParameter("sort", "Expected relevance or newest.");
        };
        int size = number(parameters, "size", DEFAULT_SIZE, 100);
        int page = number(parameters, "page", 1, OffsetCursor.DEEPEST / size);
        SearchResult result = search.search(new SearchRequest(query, filters(search.facets(), parameters), sort,
                (page - 1) * size, size));
        boolean more = result.hits().size() == size && (long) page * size < result.total()
                && page < OffsetCursor.DEEPEST / size;
        return responses.ok(request, new SearchPage(query, sort.name().toLowerCase(java.util.Locale.ROOT), page, size,
                result.total(), result.estimated(), result.countsEstimated(),
                note(result.noteKey(), Language.ofAcceptLanguage(accept)), result.didYouMean(),
                result.hits().stream().map(this::result).toList(), facets(result.facets()), more ? page + 1 : null));
    }

    /** The filters the parameters name for the facets the search knows (values checked); others are ignored. */
    static Map<String, Set<String>> filters(List<FacetDefinition> facets, MultiValueMap<String, String> parameters) {
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        for (FacetDefinition facet : facets) {
            List<String> values = parameters.getOrDefault(facet.key(), List.of());
            if (values.size() > MAX_VALUES) {
                throw new BadParameter(facet.key(), "At most " + MAX_VALUES + " values.");
            }
            Set<String> checked = new LinkedHashSet<>();
            for (String value : values) {
                checked.add(Responses.value(facet.key(), value));
            }
            if (!checked.isEmpty()) {
                filters.put(facet.key(), checked);
            }
        }
        return filters;
    }

    Result result(SearchResult.Hit hit) {
        return new Result(hit.type(), hit.contentId(), hit.title(), PlainSnippets.plain(hit.snippetHtml()),
                hit.language(), hit.publishedAt(), properties.link(hit.link()), hit.alsoIn().stream()
                        .map(t -> new AlsoIn(t.language(), properties.link(t.link()))).toList());
    }

    private @Nullable Note note(@Nullable String key, Language language) {
        if (key == null) {
            return null;
        }
        return new Note(key.startsWith(NOTE) ? key.substring(NOTE.length()) : key, translations.get(key, language));
    }

    private static Map<String, List<FacetValue>> facets(Map<String, List<SearchResult.FacetCount>> counts) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        counts.forEach((key, values) -> facets.put(key, values.stream().map(SearchApi::facetValue).toList()));
        return facets;
    }

    private static FacetValue facetValue(SearchResult.FacetCount count) {
        return new FacetValue(count.value(), count.count(), count.children().stream().map(SearchApi::facetValue)
                .toList());
    }

    private static String single(MultiValueMap<String, String> parameters, String name, String absent) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new BadParameter(name, "Given more than once.");
        }
        return values.isEmpty() || values.getFirst().isBlank() ? absent : values.getFirst().strip();
    }

    private static int number(MultiValueMap<String, String> parameters, String name, int absent, int max) {
        String text = single(parameters, name, "");
        if (text.isEmpty()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BadParameter(name, "Expected a number from 1 to " + max + ".");
    }
}
