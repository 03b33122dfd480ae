package org.healthequity.exchange.search.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.Expertise;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.search.Facet;
import org.healthequity.exchange.search.SearchResult;
import org.healthequity.exchange.shared.i18n.Language;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The facets of a search: per dimension, its values with their counts as checkboxes; SDG targets under their goal. */
class FacetPanel extends VerticalLayout {

    private final Countries countries;

    FacetPanel(Countries countries) {
        this.countries = countries;
        addClassName("facets");
        setPadding(false);
        setWidth(null);
    }

    /** The bundle key naming a content type ("CASE_STUDY" → "search.type.case-study"). */
    static String typeKey(String type) {
        return "search.type." + type.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Shows the counts; a change of choices is handed to {@code onChange} with all the filters it makes. */
    void show(Map<Facet, List<SearchResult.FacetCount>> facets, Map<Facet, Set<String>> filters,
            Consumer<Map<Facet, Set<String>>> onChange) {
        removeAll();
        Map<String, String> countryNames = countries.names(Language.of(getLocale()));
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
                    onChange.accept(next);
                }
            });
            group.addThemeName("vertical");
            Details details = new Details(group.getLabel(), group);
            group.setLabel(null);
            group.getElement().setAttribute("aria-label", getTranslation("search.facet." + facet.param()));
            details.setOpened(!chosen.isEmpty() || facet == Facet.COUNTRY || facet == Facet.THEME);
            add(details);
        }
    }

    private String label(Facet facet, String value, Map<String, String> countryNames) {
        return switch (facet) {
            case TYPE -> getTranslation(typeKey(value));
            case COUNTRY -> countryNames.getOrDefault(value, value);
            case REGION -> getTranslation(CountryRef.regionMessageKey(value));
            case THEME -> getTranslation(Expertise.messageKey("THEME:" + value));
            case DIMENSION -> getTranslation(Expertise.messageKey("DIMENSION:" + value));
            case SDG -> value.contains(".") ? "— " + value : getTranslation("expertise.sdg." + value);
            case LANGUAGE -> Language.nameOf(value);
            case NETWORK -> getTranslation(Network.valueOf(value).messageKey());
            case YEAR -> value;
        };
    }
}
