package org.healthequity.exchange.shared.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.select.Select;

/** The list filters' shared pieces: a select whose empty choice means "any". */
public final class Filters {

    private Filters() {
    }

    /** Labels the select, fills it and adds an empty choice named "Any" that stands for no filter. */
    public static <T> void anyOf(Component owner, Select<T> select, String labelKey, List<T> items,
            ItemLabelGenerator<T> labels) {
        select.setLabel(owner.getTranslation(labelKey));
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(owner.getTranslation("directory.any"));
        select.setItemLabelGenerator(item -> item == null ? owner.getTranslation("directory.any")
                : labels.apply(item));
    }
}
