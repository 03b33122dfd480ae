package org.healthequity.exchange.shared.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/** Builds the live panels of the home page and the dashboard from what the feature modules contribute. */
final class Panels {

    private Panels() {
    }

    static Component grid(Component owner, List<HomePanel> contributed) {
        Div grid = new Div();
        grid.addClassName("panel-grid");
        for (HomePanel.Slot slot : HomePanel.Slot.values()) {
            grid.add(panel(owner, slot, contributed));
        }
        return grid;
    }

    private static Component panel(Component owner, HomePanel.Slot slot, List<HomePanel> contributed) {
        String key = "home.panel." + slot.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        Section section = new Section(new H2(owner.getTranslation(key)));
        section.addClassName("panel");
        List<HomePanel> fillers = contributed.stream().filter(p -> p.slot() == slot).toList();
        if (fillers.isEmpty()) {
            Paragraph empty = new Paragraph(owner.getTranslation(key + ".empty"));
            empty.addClassName("empty-state");
            section.add(empty);
        } else {
            fillers.forEach(p -> section.add(p.create()));
        }
        return section;
    }
}
