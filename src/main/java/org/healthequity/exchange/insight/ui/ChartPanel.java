package org.healthequity.exchange.insight.ui;

import java.util.Locale;

import org.healthequity.exchange.insight.Chart;
import org.healthequity.exchange.insight.Dashboard;
import org.healthequity.exchange.insight.Figure;
import org.healthequity.exchange.insight.InsightFilter;
import org.healthequity.exchange.shared.i18n.Language;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/**
 * One chart: its title, the SVG drawn on the server (an image with its text alternative), the same data as a table
 * below it, and its downloads.
 */
class ChartPanel extends Section {

    ChartPanel(Dashboard dashboard, Chart chart, InsightFilter filter, Language language) {
        Figure figure = chart.figure();
        addClassName("insight-panel");
        setId("chart-" + figure.id());
        Div image = new Div();
        image.addClassName("insight-image");
        // The SVG is built on the server from bundle texts and country names, escaped by JFreeSVG.
        image.getElement().setProperty("innerHTML", chart.svg());
        add(new H2(figure.title()), image, table(figure),
                Downloads.of(this, dashboard, figure.id(), Dashboard.FORMATS, figure.title(), filter, language));
    }

    private Grid<Figure.Row> table(Figure figure) {
        Grid<Figure.Row> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(Figure.Row::label).setHeader(figure.categoryHeader()).setFlexGrow(2);
        for (int c = 0; c < figure.columns().size(); c++) {
            int column = c;
            grid.addColumn(row -> number(row.values().get(column))).setHeader(figure.columns().get(c))
                    .setTextAlign(ColumnTextAlign.END);
        }
        grid.setItems(figure.rows());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("insight.empty"));
        grid.getElement().setAttribute("aria-label", getTranslation("insight.data", figure.title()));
        return grid;
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.1f", value);
    }
}
