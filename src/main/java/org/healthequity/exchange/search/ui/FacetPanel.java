package org.healthequity.exchange.search.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.healthequity.exchange.search.FacetDefinition;
import org.healthequity.exchange.search.SearchResult;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The facets of a search, as their definitions say: per facet, its most frequent values with their counts as
 * checkboxes (a hierarchy's top level), the chosen values always among them, and "show all" to add the rest (the
 * levels below included) when a person asks for them. A facet closed at first gets its checkboxes when opened, so a
 * first view stays small.
 */
class FacetPanel extends VerticalLayout {

    /** Values shown per facet before "show all". */
    static final int TOP_VALUES = 8;

    /** The facet and value whose box was ticked or cleared last, to give it the focus back once the page is new. */
    private @Nullable String changedFacet;
    private @Nullable String changedValue;

    FacetPanel() {
        addClassName("facets");
        setPadding(false);
        setWidth(null);
    }

    /** Shows the counts; a change of choices is handed to {@code onChange} with all the filters it makes. */
    void show(List<FacetDefinition> definitions, Map<String, List<SearchResult.FacetCount>> facets,
            Map<String, Set<String>> filters, Consumer<Map<String, Set<String>>> onChange) {
        removeAll();
        for (FacetDefinition facet : definitions) {
            List<SearchResult.FacetCount> values = facets.getOrDefault(facet.key(), List.of());
            Set<String> chosen = filters.getOrDefault(facet.key(), Set.of());
            if (!values.isEmpty() || !chosen.isEmpty()) {
                add(facet(facet, values, chosen, filters, onChange));
            }
        }
    }

    private Details facet(FacetDefinition facet, List<SearchResult.FacetCount> values, Set<String> chosen,
            Map<String, Set<String>> filters, Consumer<Map<String, Set<String>>> onChange) {
        Details details = new Details(getTranslation(facet.labelKey()));
        details.addClassName("facet-" + facet.key());
        details.setOpened(!chosen.isEmpty() || facet.opened() || facet.key().equals(changedFacet));
        if (details.isOpened()) {
            details.add(values(facet, values, chosen, filters, onChange));
        } else {
            details.addOpenedChangeListener(e -> {
                if (e.isOpened() && details.getContent().findAny().isEmpty()) {
                    details.add(values(facet, values, chosen, filters, onChange));
                }
            });
        }
        return details;
    }

    private VerticalLayout values(FacetDefinition facet, List<SearchResult.FacetCount> values, Set<String> chosen,
            Map<String, Set<String>> filters, Consumer<Map<String, Set<String>>> onChange) {
        Map<String, Long> counts = new HashMap<>();
        List<String> all = new ArrayList<>();
        values.forEach(value -> flatten(value, counts, all));
        chosen.stream().filter(v -> !all.contains(v)).forEach(all::add);
        List<String> top = new ArrayList<>(values.stream().limit(TOP_VALUES).map(SearchResult.FacetCount::value)
                .toList());
        chosen.stream().filter(v -> !top.contains(v)).forEach(top::add);
        if (facet.newestFirst()) {
            all.sort(Comparator.reverseOrder());
            top.sort(Comparator.reverseOrder());
        }
        String name = getTranslation(facet.labelKey());
        CheckboxGroup<String> group = new CheckboxGroup<>();
        group.setItems(top);
        group.setItemLabelGenerator(v -> facet.labels().label(v, getLocale(), this::getTranslation) + " ("
                + counts.getOrDefault(v, 0L) + ")");
        group.setValue(chosen);
        group.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changedFacet = facet.key();
                changedValue = Stream.concat(e.getValue().stream(), e.getOldValue().stream())
                        .filter(v -> e.getValue().contains(v) != e.getOldValue().contains(v)).findFirst().orElse(null);
                Map<String, Set<String>> next = new LinkedHashMap<>(filters);
                if (e.getValue().isEmpty()) {
                    next.remove(facet.key());
                } else {
                    next.put(facet.key(), new LinkedHashSet<>(e.getValue()));
                }
                onChange.accept(next);
            }
        });
        group.addThemeName("vertical");
        group.getElement().setAttribute("aria-label", name);
        if (facet.key().equals(changedFacet)) {
            // The panel is built anew after each choice: the focus goes back to the box that was just used.
            focusBox(group, Math.max(0, top.indexOf(changedValue)));
            changedFacet = null;
        }
        VerticalLayout content = new VerticalLayout(group);
        content.setPadding(false);
        content.setSpacing(false);
        if (all.size() > top.size()) {
            Button more = new Button(getTranslation("search.facet.show-all", all.size()));
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            more.addClassName("facet-show-all");
            more.addClickListener(e -> {
                group.setItems(all);
                group.setValue(chosen);
                more.removeFromParent();
                // The button is gone: the keyboard goes on from the first value it brought.
                focusBox(group, top.size());
            });
            content.add(more);
        }
        return content;
    }

    private static void focusBox(CheckboxGroup<String> group, int index) {
        group.getElement().executeJs("const box = this.querySelectorAll('vaadin-checkbox')[$0]; if (box) box.focus()",
                index);
    }

    private static void flatten(SearchResult.FacetCount value, Map<String, Long> counts, List<String> into) {
        into.add(value.value());
        counts.put(value.value(), value.count());
        value.children().forEach(child -> flatten(child, counts, into));
    }
}
