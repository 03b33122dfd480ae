package org.healthequity.exchange.shared.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.healthequity.exchange.shared.time.ViewerTime;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.ValueProvider;

/**
 * The one way the portal lays out a grid, so that no value can push the row's actions out of sight: the identifying
 * column (title, name) takes the room that is left and stays in sight when the grid scrolls sideways; the other columns
 * have a fixed share and wrap long text; a timestamp is compact (its zone in the tooltip); the actions are frozen at
 * the end; and below {@link #PHONE_WIDTH_PX} the grid shows one column: a card per row with the same values and
 * actions. Columns are added through this class, which keeps each one's value for the card; each method returns the
 * column for what is particular to it (a key, a sort property, a width).
 * <p>
 * Widths are in {@code rem}, never {@code em}: the grid gives a column's width to its header cell and to its body cells
 * alike, and the header is drawn in a smaller font, so an {@code em} width made each header narrower than its column
 * and the frozen-to-end actions' header stood hundreds of pixels away from its cells.
 */
public final class ResponsiveGrid<T> {

    /** Below this window width (CSS pixels) a grid is a list of cards. */
    public static final int PHONE_WIDTH_PX = 640;

    private final Grid<T> grid;
    private final List<Part<T>> parts = new ArrayList<>();
    private @Nullable Part<T> title;
    private @Nullable SerializableFunction<T, Component> actions;
    private final Grid.Column<T> card;
    private boolean phone;

    /** What the card shows of a column: its header and its cell. */
    private record Part<T>(String header, SerializableFunction<T, Component> cell) {
    }

    private ResponsiveGrid(Grid<T> grid) {
        this.grid = grid;
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        card = grid.addColumn(new ComponentRenderer<>(this::card)).setKey("card").setFlexGrow(1)
                .setPartNameGenerator(item -> "card");
        card.setVisible(false);
        WindowWidth.follow(grid, this::fit);
    }

    /** Lays out {@code grid}; add its columns through the returned object, in the order they are to appear. */
    public static <T> ResponsiveGrid<T> of(Grid<T> grid) {
        return new ResponsiveGrid<>(grid);
    }

    /** The column that says which row this is: it grows into the room the others leave, and leads the card. */
    public Grid.Column<T> title(String header, SerializableFunction<T, Component> cell) {
        title = new Part<>(header, cell);
        return identifying(grid.addColumn(new ComponentRenderer<>(cell::apply)), header);
    }

    /** Like {@link #title(String, SerializableFunction)}, drawn in the browser (no component per row). */
    public Grid.Column<T> title(String header, Renderer<T> renderer, ValueProvider<T, String> text) {
        title = new Part<>(header, item -> new Span(text.apply(item)));
        return identifying(grid.addColumn(renderer), header);
    }

    /** Like {@link #title(String, SerializableFunction)}, for a plain text (in full on hover or focus). */
    public Grid.Column<T> titleText(String header, ValueProvider<T, String> text) {
        title = new Part<>(header, item -> new Span(text.apply(item)));
        return identifying(grid.addColumn(text), header).setTooltipGenerator(text::apply);
    }

    /** A text column of a fixed width: long values wrap. */
    public Grid.Column<T> text(String header, ValueProvider<T, ?> value) {
        return add(grid.addColumn(value), header, item -> new Span(text(value.apply(item))), "11rem");
    }

    /** A short value (a number, a code): narrow, aligned to the end. */
    public Grid.Column<T> number(String header, ValueProvider<T, ?> value) {
        return add(grid.addColumn(value), header, item -> new Span(text(value.apply(item))), "5.5rem")
                .setTextAlign(ColumnTextAlign.END);
    }

    /** A timestamp in the viewer's zone, compact; the full form with the zone's name on hover or focus. */
    public Grid.Column<T> time(String header, ValueProvider<T, @Nullable Instant> value) {
        ValueProvider<T, String> compact = item -> compact(value.apply(item));
        return add(grid.addColumn(compact), header, item -> new Span(compact.apply(item)), "9.5rem")
                .setTooltipGenerator(item -> value.apply(item) == null ? "" : ViewerTime.format(value.apply(item)));
    }

    /** A column of components (badges, lists, links) of a fixed width. */
    public Grid.Column<T> component(String header, SerializableFunction<T, Component> cell) {
        return add(grid.addColumn(new ComponentRenderer<>(cell::apply)), header, cell, "12rem");
    }

    /** The row's buttons: frozen at the end, so they stay in sight however wide the other columns are. */
    public Grid.Column<T> actions(String header, SerializableFunction<T, Component> cell) {
        actions = cell;
        return grid.addColumn(new ComponentRenderer<>(cell::apply)).setHeader(header).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true).setPartNameGenerator(item -> "actions");
    }

    /** Whether the grid shows cards (the window is narrower than {@link #PHONE_WIDTH_PX}). */
    public boolean phone() {
        return phone;
    }

    /** Shows the columns, or the cards when {@code windowWidth} is a phone's. */
    public void fit(int windowWidth) {
        phone = windowWidth > 0 && windowWidth < PHONE_WIDTH_PX;
        grid.getColumns().forEach(column -> column.setVisible(phone == (column == card)));
    }

    /** Grows from a minimum, in sight when the grid scrolls sideways; its cells' part name serves styles and tests. */
    private Grid.Column<T> identifying(Grid.Column<T> column, String header) {
        card.setHeader(header);
        return column.setHeader(header).setResizable(true).setAutoWidth(false).setWidth("16rem").setFlexGrow(1)
                .setFrozen(true).setPartNameGenerator(item -> "identifying");
    }

    private Grid.Column<T> add(Grid.Column<T> column, String header, SerializableFunction<T, Component> cell,
            String width) {
        parts.add(new Part<>(header, cell));
        return column.setHeader(header).setResizable(true).setAutoWidth(false).setFlexGrow(0).setWidth(width);
    }

    private Component card(T item) {
        Div box = new Div();
        box.addClassName("grid-card");
        if (title != null) {
            Component heading = title.cell().apply(item);
            heading.addClassName("grid-card-title");
            box.add(heading);
        }
        for (Part<T> part : parts) {
            Div line = new Div(new Span(part.header() + ": "), part.cell().apply(item));
            line.addClassName("grid-card-line");
            box.add(line);
        }
        if (actions != null) {
            box.add(actions.apply(item));
        }
        return box;
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static String compact(@Nullable Instant instant) {
        return instant == null ? "" : ViewerTime.compact(instant);
    }
}
