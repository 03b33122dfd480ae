package org.healthequity.exchange.opencall.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A list the secretariat edits in place (declarations, questions, criteria): a grid, add / edit / remove / move up /
 * move down on the selected row, a dialog per item, and an error text under it for the problems of the whole list.
 */
class ItemList<T> extends VerticalLayout {

    /** Opens the item's dialog (null: a new item) and hands the edited item back when the person applies it. */
    @FunctionalInterface
    interface Editor<T> {
        void open(@Nullable T item, Consumer<T> done);
    }

    private final Grid<T> grid = new Grid<>();
    private final List<T> items = new ArrayList<>();
    private final Paragraph error = new Paragraph();
    private final HorizontalLayout buttons = new HorizontalLayout();
    private final Editor<T> editor;

    ItemList(String titleKey, String addKey, String emptyKey, Editor<T> editor) {
        this.editor = editor;
        setPadding(false);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation(emptyKey));
        grid.getElement().setAttribute("aria-label", getTranslation(titleKey));
        Button add = new Button(getTranslation(addKey), e -> editor.open(null, item -> {
            items.add(item);
            refresh(item);
        }));
        Button edit = new Button(getTranslation("opencall.admin.edit"), e -> selected().ifPresent(this::edit));
        Button remove = new Button(getTranslation("opencall.admin.remove"), e -> selected().ifPresent(item -> {
            items.remove(item);
            refresh(null);
        }));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button up = new Button(getTranslation("opencall.admin.move-up"), e -> move(-1));
        Button down = new Button(getTranslation("opencall.admin.move-down"), e -> move(1));
        for (Button button : List.of(add, edit, remove, up, down)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.getElement().setAttribute("aria-label", button.getText() + " · " + getTranslation(titleKey));
            buttons.add(button);
        }
        error.addClassName("error");
        error.setVisible(false);
        add(new H3(getTranslation(titleKey)), grid, buttons, error);
    }

    Grid<T> grid() {
        return grid;
    }

    void setItems(List<T> list) {
        items.clear();
        items.addAll(list);
        refresh(null);
    }

    List<T> items() {
        return List.copyOf(items);
    }

    void setReadOnly(boolean readOnly) {
        buttons.setVisible(!readOnly);
    }

    void showErrors(List<String> messages) {
        error.setText(String.join(" ", messages));
        error.setVisible(!messages.isEmpty());
    }

    private void edit(T item) {
        editor.open(item, edited -> {
            int index = items.indexOf(item);
            if (index >= 0) {
                items.set(index, edited);
            }
            refresh(edited);
        });
    }

    private void move(int by) {
        selected().ifPresent(item -> {
            int index = items.indexOf(item);
            int target = index + by;
            if (index >= 0 && target >= 0 && target < items.size()) {
                Collections.swap(items, index, target);
                refresh(item);
            }
        });
    }

    private java.util.Optional<T> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void refresh(@Nullable T select) {
        grid.setItems(items);
        if (select != null) {
            grid.select(select);
        }
    }
}
