package org.healthequity.exchange.member.ui;

import java.util.Comparator;
import java.util.List;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.CountryCoverage;
import org.healthequity.exchange.member.CoverageService;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.ui.ResponsiveGrid;
import org.healthequity.exchange.shared.ui.TitledPage;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Which Member States and WHO regions have members, by network, as a table and shaded bars; gaps first. */
@Route("admin/coverage")
@Menu(title = "nav.coverage", order = 80, icon = "vaadin:globe")
@RolesAllowed({ Role.SECRETARIAT_NAME, Role.ADMIN_NAME })
public class CoverageView extends VerticalLayout implements TitledPage {

    record RegionRow(String region, long covered, long total) {
    }

    public CoverageView(CoverageService coverage) {
        List<CountryCoverage> countries = coverage.countries(Language.of(getLocale()));
        List<RegionRow> regions = Countries.REGIONS.stream().map(r -> new RegionRow(r,
                countries.stream().filter(c -> c.region().equals(r) && !c.uncovered()).count(),
                countries.stream().filter(c -> c.region().equals(r)).count()))
                .sorted(Comparator.comparingDouble(r -> (double) r.covered() / Math.max(1, r.total())))
                .toList();

        Grid<RegionRow> regionGrid = new Grid<>();
        ResponsiveGrid<RegionRow> regionColumns = ResponsiveGrid.of(regionGrid);
        regionColumns.titleText(getTranslation("directory.region"), r -> Labels.region(this, r.region()));
        regionColumns.text(getTranslation("coverage.countries-covered"),
                r -> getTranslation("coverage.covered-of", r.covered(), r.total()));
        regionColumns.component(getTranslation("coverage.share"), r -> bar(r.covered(), r.total())).setWidth("16rem");
        regionGrid.setItems(regions);
        regionGrid.setAllRowsVisible(true);

        Grid<CountryCoverage> countryGrid = new Grid<>();
        ResponsiveGrid<CountryCoverage> countryColumns = ResponsiveGrid.of(countryGrid);
        countryColumns.titleText(getTranslation("directory.country"), CountryCoverage::name).setSortable(true);
        countryColumns.text(getTranslation("directory.region"), c -> Labels.region(this, c.region()));
        countryColumns.number(getTranslation("coverage.gknhe-members"), CountryCoverage::gknheMembers);
        countryColumns.number(getTranslation("coverage.him-members"), CountryCoverage::himMembers);
        countryColumns.number(getTranslation("coverage.him-institutions"), CountryCoverage::himInstitutions);
        countryGrid.setPartNameGenerator(c -> c.uncovered() ? "gap" : null);
        countryGrid.setItems(countries);

        Checkbox gapsOnly = new Checkbox(getTranslation("coverage.gaps-only"));
        gapsOnly.addValueChangeListener(e -> countryGrid.setItems(e.getValue()
                ? countries.stream().filter(CountryCoverage::uncovered).toList() : countries));

        long uncovered = countries.stream().filter(CountryCoverage::uncovered).count();
        add(new H1(getTranslation("nav.coverage")),
                new Paragraph(getTranslation("coverage.summary", countries.size() - uncovered, countries.size())),
                new H2(getTranslation("coverage.by-region")), regionGrid,
                new H2(getTranslation("coverage.by-country")), gapsOnly, countryGrid);
    }

    private Div bar(long covered, long total) {
        int percent = (int) Math.round(100.0 * covered / Math.max(1, total));
        Span fill = new Span();
        fill.addClassName("coverage-fill");
        fill.getStyle().set("width", percent + "%");
        Div bar = new Div(fill);
        bar.addClassName("coverage-bar");
        bar.getElement().setAttribute("role", "img");
        bar.getElement().setAttribute("aria-label", percent + "%");
        return bar;
    }
}
