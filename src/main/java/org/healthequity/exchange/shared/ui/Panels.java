package org.healthequity.exchange.shared.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/** Builds the live panels of the home page and the dashboard from what the feature modules contribute. */
final class Panels {

    private Panels() {
    }

    static Component grid(Component owner, List<HomePanel> contributed) {
        Div grid = new Div();
        grid.addClassName("panel-grid");
        Map<String, List<HomePanel>> byTitle = new LinkedHashMap<>();
        contributed.stream().sorted(Comparator.comparingInt(HomePanel::order))
                .forEach(p -> byTitle.computeIfAbsent(p.titleKey(), k -> new ArrayList<>()).add(p));
        byTitle.forEach((key, fillers) -> grid.add(panel(owner, key, fillers)));
        return grid;
    }

    private static Component panel(Component owner, String key, List<HomePanel> fillers) {
        Section section = new Section(new H2(owner.getTranslation(key)));
        section.addClassName("panel");
        fillers.forEach(p -> section.add(p.create()));
        return section;
    }
}
