package org.healthequity.exchange.search.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.Expertise;
import org.healthequity.exchange.search.Facet;
import org.healthequity.exchange.search.SearchRequest;
import org.healthequity.exchange.search.SearchResult;
import org.healthequity.exchange.search.SearchService;
import org.healthequity.exchange.search.SearchSort;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Search: words, "phrases", -exclusions and OR; facets whose values combine with OR inside a facet and AND across
 * facets; snippets with the matched words marked; sort by relevance or newest; lazy paging. The whole state lives in
 * the address, so a search can be shared, bookmarked and walked back with the browser's back button.
 */
@Route("search")
@Menu(title = "nav.search", order = 15, icon = "vaadin:search")
@AnonymousAllowed
public class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int PAGE = 10;
    /** Only the highlighter's marks survive in a snippet; everything else in it is already escaped text. */
    private static final PolicyFactory MARKS = new HtmlPolicyBuilder().allowElements("mark").toFactory();

    private final SearchService search;
    private final Countries countries;
    private final ComboBox<String> box = new ComboBox<>();
    private final Select<SearchSort> sort = new Select<>();
    private final Paragraph summary = new Paragraph();
    private final Div notes = new Div();
    private final VerticalLayout facetPanel = new VerticalLayout();
    private final Grid<SearchResult.Hit> results = new Grid<>();
    private final Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
    private String query = "";
    private SearchSort order = SearchSort.RELEVANCE;
    private boolean rendering;

    public SearchView(SearchService search, Countries countries) {
        this.search = search;
        this.countries = countries;
        setSizeFull();
        addClassName("search-page");
        box.setLabel(getTranslation("search.box"));
        box.setAllowCustomValue(true);
        box.setClearButtonVisible(true);
        box.addClassName("search-box");
        box.setItems(q -> search.suggest(q.getFilter().orElse(""), 8).stream().skip(q.getOffset()).limit(q.getLimit()));
        box.addCustomValueSetListener(e -> go(e.getDetail(), filters, order));
        box.addValueChangeListener(e -> {
            if (e.isFromClient() && !rendering) {
                go(e.getValue() == null ? "" : e.getValue(), filters, order);
            }
        });
        sort.setLabel(getTranslation("search.sort"));
        sort.setItems(SearchSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("search.sort." + s.name().toLowerCase(Locale.ROOT)));
        sort.addValueChangeListener(e -> {
            if (e.isFromClient() && !rendering) {
                go(query, filters, e.getValue());
            }
        });
        HorizontalLayout top = new HorizontalLayout(box, sort);
        top.setAlignItems(Alignment.BASELINE);
        top.setWrap(true);

        results.addColumn(new ComponentRenderer<>(this::hit)).setHeader(getTranslation("search.results"));
        results.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        results.setEmptyStateText(getTranslation("search.empty"));
        results.addClassName("search-results");
        facetPanel.addClassName("facets");
        facetPanel.setPadding(false);
        facetPanel.setWidth(null);
        FlexLayout body = new FlexLayout(facetPanel, results);
        body.setWidthFull();
        body.addClassName("search-body");
        add(new H1(getTranslation("nav.search")), top, notes, summary, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        query = parameters.getOrDefault("q", List.of("")).stream().findFirst().orElse("");
        order = "newest".equals(parameters.getOrDefault("sort", List.of("")).stream().findFirst().orElse(""))
                ? SearchSort.NEWEST : SearchSort.RELEVANCE;
        filters.clear();
        for (Facet facet : Facet.values()) {
            List<String> values = parameters.getOrDefault(facet.param(), List.of());
            if (!values.isEmpty()) {
                filters.put(facet, new LinkedHashSet<>(values.stream().limit(50).toList()));
            }
        }
        render();
    }

    private void render() {
        rendering = true;
        try {
            box.setValue(query.isEmpty() ? null : query);
            sort.setValue(order);
            SearchResult first = search.search(new SearchRequest(query, filters, order, 0, PAGE));
            summary.setText(getTranslation("search.total", first.total()));
            notes.removeAll();
            if (first.noteKey() != null) {
                Paragraph note = new Paragraph(getTranslation(first.noteKey()));
                note.addClassName("warning");
                notes.add(note);
            }
            if (first.didYouMean() != null) {
                notes.add(new Paragraph(new Span(getTranslation("search.did-you-mean") + " "),
                        new Anchor(address(first.didYouMean(), filters, order), first.didYouMean())));
            }
            renderFacets(first.facets());
            Map<Facet, Set<String>> frozen = Map.copyOf(filters);
            String frozenQuery = query;
            SearchSort frozenOrder = order;
            long total = first.total();
            results.setItems(q -> (q.getOffset() == 0 && q.getLimit() <= PAGE ? first.hits() : search.search(
                    new SearchRequest(frozenQuery, frozen, frozenOrder, q.getOffset(), q.getLimit())).hits()).stream()
                    .limit(q.getLimit()), q -> (int) Math.min(Integer.MAX_VALUE, total));
        } finally {
            rendering = false;
        }
    }

    private void renderFacets(Map<Facet, List<SearchResult.FacetCount>> facets) {
        facetPanel.removeAll();
        Map<String, String> countryNames = new HashMap<>();
        for (CountryRef country : countries.all(Language.of(getLocale()))) {
            countryNames.put(country.iso2(), country.name());
        }
        for (Facet facet : Facet.values()) {
            List<SearchResult.FacetCount> values = facets.getOrDefault(facet, List.of());
            Set<String> chosen = filters.getOrDefault(facet, Set.of());
            if (values.isEmpty() && chosen.isEmpty()) {
                continue;
            }
            Map<String, Long> counts = new HashMap<>();
            List<String> items = new ArrayList<>();
            for (SearchResult.FacetCount value : values) {
                items.add(value.value());
                counts.put(value.value(), value.count());
                for (SearchResult.FacetCount child : value.children()) {
                    items.add(child.value());
                    counts.put(child.value(), child.count());
                }
            }
            chosen.stream().filter(v -> !items.contains(v)).forEach(items::add);
            if (facet == Facet.YEAR) {
                items.sort(java.util.Comparator.reverseOrder());
            }
            CheckboxGroup<String> group = new CheckboxGroup<>(getTranslation("search.facet." + facet.param()));
            group.setItems(items);
            group.setItemLabelGenerator(v -> label(facet, v, countryNames) + " (" + counts.getOrDefault(v, 0L) + ")");
            group.setValue(chosen);
            group.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    Map<Facet, Set<String>> next = new EnumMap<>(Facet.class);
                    next.putAll(filters);
                    if (e.getValue().isEmpty()) {
                        next.remove(facet);
                    } else {
                        next.put(facet, new LinkedHashSet<>(e.getValue()));
                    }
                    go(query, next, order);
                }
            });
            group.addThemeName("vertical");
            Details details = new Details(group.getLabel(), group);
            group.setLabel(null);
            group.getElement().setAttribute("aria-label", getTranslation("search.facet." + facet.param()));
            details.setOpened(!chosen.isEmpty() || facet == Facet.COUNTRY || facet == Facet.THEME);
            facetPanel.add(details);
        }
    }

    private String label(Facet facet, String value, Map<String, String> countryNames) {
        return switch (facet) {
            case TYPE -> getTranslation("search.type." + value.toLowerCase(Locale.ROOT).replace('_', '-'));
            case COUNTRY -> countryNames.getOrDefault(value, value);
            case REGION -> getTranslation("region." + value.toLowerCase(Locale.ROOT));
            case THEME -> getTranslation(Expertise.messageKey("THEME:" + value));
            case DIMENSION -> getTranslation(Expertise.messageKey("DIMENSION:" + value));
            case SDG -> value.contains(".") ? "— " + value : getTranslation("expertise.sdg." + value);
            case LANGUAGE -> Language.ofCode(value).map(Language::nativeName).orElse(value);
            case NETWORK -> getTranslation("network." + value.toLowerCase(Locale.ROOT));
            case YEAR -> value;
        };
    }

    private Div hit(SearchResult.Hit hit) {
        Div card = new Div();
        card.addClassName("search-hit");
        card.add(new H3(new Anchor(hit.link(), hit.title())));
        Span meta = new Span(getTranslation("search.type." + hit.type().toLowerCase(Locale.ROOT).replace('_', '-'))
                + " · " + Language.ofCode(hit.language()).map(Language::nativeName).orElse(hit.language()) + " · "
                + ViewerTime.format(hit.publishedAt()));
        meta.addClassName("detail");
        Div snippet = new Div();
        snippet.addClassName("snippet");
        snippet.getElement().setProperty("innerHTML", MARKS.sanitize(hit.snippetHtml()));
        card.add(meta, snippet);
        return card;
    }

    private void go(String nextQuery, Map<Facet, Set<String>> nextFilters, SearchSort nextOrder) {
        getUI().ifPresent(ui -> ui.navigate("search", parameters(nextQuery, nextFilters, nextOrder)));
    }

    static QueryParameters parameters(String query, Map<Facet, Set<String>> filters, SearchSort order) {
        Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
        if (!query.isBlank()) {
            parameters.put("q", List.of(query.strip()));
        }
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                parameters.put(facet.param(), List.copyOf(values));
            }
        });
        if (order == SearchSort.NEWEST) {
            parameters.put("sort", List.of("newest"));
        }
        return new QueryParameters(parameters);
    }

    private static String address(String query, Map<Facet, Set<String>> filters, SearchSort order) {
        String parameters = parameters(query, filters, order).getQueryString();
        return "search" + (parameters.isEmpty() ? "" : "?" + parameters);
    }

    @Override
    public String getPageTitle() {
        return (query.isBlank() ? "" : query + " · ") + getTranslation("nav.search") + " · "
                + getTranslation("app.name");
    }
}
