package org.healthequity.exchange.shared.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.DomListenerRegistration;

/** The list filters' shared pieces: a select whose empty choice means "any". */
public final class Filters {

    private Filters() {
    }

    /** Labels the select, fills it and adds an empty choice named "Any" that stands for no filter. */
    public static <T> void anyOf(Component owner, Select<T> select, String labelKey, List<T> items,
            ItemLabelGenerator<T> labels) {
        label(owner, select, labelKey, labels);
        select.setItems(items);
    }

    /**
     * As {@link #anyOf}, but the choices are added when the person first opens the list. A select keeps a server-side
     * component per choice and sends each with the first view; most visitors of a list never open its filters. Only
     * for filters that no code sets: the field shows "Any" until it is opened.
     */
    public static <T> void anyOfWhenOpened(Component owner, Select<T> select, String labelKey, List<T> items,
            ItemLabelGenerator<T> labels) {
        label(owner, select, labelKey, labels);
        select.setPlaceholder(owner.getTranslation("directory.any"));
        DomListenerRegistration[] opened = new DomListenerRegistration[1];
        opened[0] = select.getElement().addPropertyChangeListener("opened", "opened-changed", event -> {
            if (select.getElement().getProperty("opened", false)) {
                opened[0].remove();
                select.setItems(items);
            }
        });
    }

    private static <T> void label(Component owner, Select<T> select, String labelKey, ItemLabelGenerator<T> labels) {
        select.setLabel(owner.getTranslation(labelKey));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(owner.getTranslation("directory.any"));
        select.setItemLabelGenerator(item -> item == null ? owner.getTranslation("directory.any")
                : labels.apply(item));
    }
}
