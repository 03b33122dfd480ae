package org.healthequity.exchange.shared.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.Binder;

/**
 * The order in which a refusal names its fields and the first of which gets the focus: the form's, top to bottom,
 * whatever order the service refused them in (Bean Validation's violations come as a set).
 */
final class FieldOrder {

    private FieldOrder() {
    }

    /** The bound fields first, in the order the form binds them (top to bottom), then the others as refused. */
    static List<HasValidation> inBinderOrder(Binder<?> binder, List<HasValidation> marked) {
        return sorted(marked, new ArrayList<>(binder.getFields().toList()));
    }

    /** The marked fields in the order they stand in {@code owner}, then any outside it. */
    static List<HasValidation> inTreeOrder(Component owner, List<HasValidation> marked) {
        List<Object> order = new ArrayList<>();
        collectAll(owner, order);
        return sorted(marked, order);
    }

    /** The visible fields inside {@code form} that are marked invalid, top to bottom. */
    static List<HasValidation> marked(Component form) {
        List<HasValidation> marked = new ArrayList<>();
        collectMarked(form, marked);
        return marked;
    }

    private static List<HasValidation> sorted(List<HasValidation> marked, List<Object> order) {
        return marked.stream().distinct().sorted(Comparator.comparingInt(field -> {
            int index = order.indexOf(field);
            return index < 0 ? Integer.MAX_VALUE : index;
        })).toList();
    }

    private static void collectAll(Component component, List<Object> all) {
        all.add(component);
        component.getChildren().forEach(child -> collectAll(child, all));
    }

    private static void collectMarked(Component component, List<HasValidation> marked) {
        if (component instanceof HasValidation field && field.isInvalid() && component.isVisible()) {
            marked.add(field);
            return;
        }
        component.getChildren().forEach(child -> collectMarked(child, marked));
    }
}
