package org.healthequity.exchange.search.ui;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.healthequity.exchange.search.FacetDefinition;
import org.healthequity.exchange.search.SearchRequest;
import org.healthequity.exchange.search.SearchResult;
import org.healthequity.exchange.search.SearchService;
import org.healthequity.exchange.search.SearchSort;
import org.healthequity.exchange.shared.ui.LiveRegion;
import org.healthequity.exchange.shared.ui.TitledPage;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
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
public class SearchView extends VerticalLayout implements BeforeEnterObserver, TitledPage {

    private static final int PAGE = 10;

    private final SearchService search;
    private final ComboBox<String> box = new ComboBox<>();
    private final Select<SearchSort> sort = new Select<>();
    /** The count of results, said again whenever a search or a facet changes it (WCAG 4.1.3). */
    private final Paragraph summary = LiveRegion.polite(new Paragraph());
    private final Div notes = new Div();
    private final FacetPanel facetPanel;
    private final Grid<SearchResult.Hit> results = new Grid<>();
    private final Map<String, Set<String>> filters = new LinkedHashMap<>();
    private String query = "";
    private SearchSort order = SearchSort.RELEVANCE;
    private boolean rendering;

    public SearchView(SearchService search) {
        this.search = search;
        this.facetPanel = new FacetPanel();
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

        results.addColumn(HitTemplate.renderer(this)).setHeader(getTranslation("search.results"));
        results.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        results.setEmptyStateText(getTranslation("search.empty"));
        results.addClassName("search-results");
        // The grid asks for pages of this size: the first page is the search already made for the facets (one search
        // per view instead of two) and ten hit cards, not fifty, are built and sent.
        results.setPageSize(PAGE);
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
        for (FacetDefinition facet : search.facets()) {
            List<String> values = parameters.getOrDefault(facet.key(), List.of());
            if (!values.isEmpty()) {
                filters.put(facet.key(), new LinkedHashSet<>(values.stream().limit(50).toList()));
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
            summary.setText(getTranslation(first.estimated() ? "search.total-about" : first.countsEstimated()
                    ? "search.total-counts-estimated" : "search.total", first.total()));
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
            facetPanel.show(search.facets(), first.facets(), filters, next -> go(query, next, order));
            Map<String, Set<String>> frozen = Map.copyOf(filters);
            String frozenQuery = query;
            SearchSort frozenOrder = order;
            long total = first.total();
            CallbackDataProvider.FetchCallback<SearchResult.Hit, Void> fetch = q -> (q.getOffset() == 0
                    && q.getLimit() <= PAGE ? first.hits() : search.search(new SearchRequest(frozenQuery, frozen,
                    frozenOrder, q.getOffset(), q.getLimit())).hits()).stream().limit(q.getLimit());
            if (first.estimated()) {
                results.setItems(fetch); // an estimated total: the grid learns the end as it scrolls
            } else {
                results.setItems(fetch, q -> (int) Math.min(Integer.MAX_VALUE, total));
            }
        } finally {
            rendering = false;
        }
    }

    private void go(String nextQuery, Map<String, Set<String>> nextFilters, SearchSort nextOrder) {
        getUI().ifPresent(ui -> ui.navigate("search", parameters(nextQuery, nextFilters, nextOrder)));
    }

    static QueryParameters parameters(String query, Map<String, Set<String>> filters, SearchSort order) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!query.isBlank()) {
            parameters.put("q", List.of(query.strip()));
        }
        filters.forEach((key, values) -> {
            if (!values.isEmpty()) {
                parameters.put(key, List.copyOf(values));
            }
        });
        if (order == SearchSort.NEWEST) {
            parameters.put("sort", List.of("newest"));
        }
        return new QueryParameters(parameters);
    }

    private static String address(String query, Map<String, Set<String>> filters, SearchSort order) {
        String parameters = parameters(query, filters, order).getQueryString();
        return "search" + (parameters.isEmpty() ? "" : "?" + parameters);
    }

    @Override
    public String pageHeading() {
        return (query.isBlank() ? "" : query + " · ") + getTranslation("nav.search");
    }
}
