package org.healthequity.exchange.opencall.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A list the secretariat edits in place (declarations, questions, criteria): a grid, add / edit / remove / move up /
 * move down on the selected row, a dialog per item. Its value is the list; a refusal of the list is shown under it.
 */
class ItemList<T> extends SectionField<List<T>> {

    /**
     * Opens the item's dialog (null: a new item) for the list that owns it and hands the edited item back when the
     * person applies it.
     */
    @FunctionalInterface
    interface Editor<T> {
        void open(Component owner, @Nullable T item, Consumer<T> done);
    }

    private final Grid<T> grid = new Grid<>();
    private final List<T> items = new ArrayList<>();
    private final HorizontalLayout buttons = new HorizontalLayout();
    private final Editor<T> editor;

    ItemList(String titleKey, String addKey, String emptyKey, Editor<T> editor) {
        this.editor = editor;
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation(emptyKey));
        grid.getElement().setAttribute("aria-label", getTranslation(titleKey));
        Button add = new Button(getTranslation(addKey), e -> editor.open(this, null, item -> {
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
        // As wide as the form and no wider: the grid scrolls inside itself, the buttons wrap (reflow at 320 px / 200 %).
        buttons.setWrap(true);
        VerticalLayout content = new VerticalLayout(new H3(getTranslation(titleKey)), grid, buttons);
        content.setPadding(false);
        content.setWidthFull();
        setWidthFull();
        add(content);
    }

    Grid<T> grid() {
        return grid;
    }

    @Override
    protected List<T> generateModelValue() {
        return List.copyOf(items);
    }

    @Override
    protected void present(List<T> list) {
        items.clear();
        items.addAll(list == null ? List.of() : list);
        grid.setItems(items);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        buttons.setVisible(!readOnly);
    }

    private void edit(T item) {
        editor.open(this, item, edited -> {
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

    private Optional<T> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void refresh(@Nullable T select) {
        changed();
        grid.setItems(items);
        if (select != null) {
            grid.select(select);
        }
    }
}
