package org.healthequity.exchange.shared.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * A live panel on the home page and the dashboard, contributed by a feature module as a Spring bean. The layout knows
 * only where a panel stands and which heading it has, never the features.
 */
public interface HomePanel {

    /** Where the panel stands among the others, smallest first. */
    int order();

    /** The message key of the panel's heading; panels with the same heading share one section. */
    String titleKey();

    /** Builds the panel's content for the current viewer; it must show only what the viewer may see. */
    Component create();

    /**
     * The usual content of a panel: the items as a list, or the slot's text for none, then a link to the whole page.
     *
     * @param panel the panel's container (it translates the texts)
     */
    static Div listed(Div panel,
            List<ListItem> items, String emptyKey,
            Anchor all) {
        if (items.isEmpty()) {
            panel.add(new Paragraph(panel.getTranslation(emptyKey)));
        } else {
            UnorderedList list = new UnorderedList();
            items.forEach(list::add);
            panel.add(list);
        }
        panel.add(all);
        return panel;
    }
}
