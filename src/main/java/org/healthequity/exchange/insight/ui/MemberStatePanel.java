package org.healthequity.exchange.insight.ui;

import java.util.List;

import org.healthequity.exchange.insight.Dashboard;
import org.healthequity.exchange.insight.InsightFilter;
import org.healthequity.exchange.insight.MemberStateFigure;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.shared.i18n.Language;

import org.healthequity.exchange.shared.ui.RovingFocus;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The Member State map: countries shaded by members with a legend, the gaps listed beside it, and every Member State
 * of the selection in a table below (the smallest states have no shape at this scale and are marked so).
 */
class MemberStatePanel extends Section {

    MemberStatePanel(Dashboard dashboard, MemberStateFigure figure, InsightFilter filter, Language language) {
        addClassName("insight-panel");
        setId("chart-" + Dashboard.MAP_ID);
        Div map = new Div();
        map.addClassName("insight-map");
        // Built on the server from the shipped outline and escaped country names (MemberStateMap).
        map.getElement().setProperty("innerHTML", figure.svg());
        RovingFocus.between(map, "[data-country]");
        Div row = new Div(new Div(map, legend(figure.bounds())), gaps(figure.gaps()));
        row.addClassName("insight-map-row");
        add(new H2(getTranslation("insight.map.title")), row,
                new Paragraph(getTranslation("insight.map.small-states")), table(figure),
                Downloads.of(this, dashboard, Dashboard.MAP_ID, List.of("svg", "csv"), getTranslation("insight.map.title"),
                        filter, language));
    }

    private UnorderedList legend(long[] bounds) {
        UnorderedList legend = new UnorderedList();
        legend.addClassName("map-legend");
        legend.getElement().setAttribute("aria-label", getTranslation("insight.map.legend"));
        legend.add(item(0, getTranslation("insight.map.legend.none")));
        long previous = 0;
        for (int i = 0; i < bounds.length; i++) {
            if (bounds[i] > previous) {
                legend.add(item(i + 1, getTranslation("insight.map.legend.range", previous + 1, bounds[i])));
                previous = bounds[i];
            }
        }
        return legend;
    }

    private static ListItem item(int shade, String text) {
        Span swatch = new Span();
        swatch.addClassNames("map-swatch", "map-swatch-" + shade);
        return new ListItem(swatch, new Span(text));
    }

    private Div gaps(List<MemberStateFigure.Row> gaps) {
        UnorderedList list = new UnorderedList();
        gaps.forEach(g -> list.add(new ListItem(g.name())));
        String title = getTranslation("insight.map.gaps", gaps.size());
        Div box = new Div(new H3(title), list);
        box.addClassName("insight-gaps");
        // It scrolls: keyboard users reach it, and screen readers hear what it is.
        box.getElement().setAttribute("tabindex", "0");
        box.getElement().setAttribute("role", "region");
        box.getElement().setAttribute("aria-label", title);
        return box;
    }

    private Grid<MemberStateFigure.Row> table(MemberStateFigure figure) {
        Grid<MemberStateFigure.Row> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(MemberStateFigure.Row::name).setHeader(getTranslation("insight.map.country"))
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(r -> getTranslation(CountryRef.regionMessageKey(r.region())))
                .setHeader(getTranslation("insight.map.region")).setSortable(true);
        grid.addColumn(MemberStateFigure.Row::members).setHeader(getTranslation("insight.map.members"))
                .setTextAlign(ColumnTextAlign.END).setSortable(true);
        grid.addColumn(r -> getTranslation(r.drawn() ? "insight.map.drawn" : "insight.map.not-drawn"))
                .setHeader(getTranslation("insight.map.on-map"));
        grid.setItems(figure.rows());
        grid.getElement().setAttribute("aria-label", getTranslation("insight.map.table"));
        return grid;
    }
}
