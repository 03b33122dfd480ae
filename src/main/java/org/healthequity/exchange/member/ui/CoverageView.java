package org.healthequity.exchange.member.ui;

import java.util.Comparator;
import java.util.List;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.CountryCoverage;
import org.healthequity.exchange.member.CoverageService;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.ui.TitledPage;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
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
        regionGrid.addColumn(r -> Labels.region(this, r.region())).setHeader(getTranslation("directory.region"))
                .setAutoWidth(true);
        regionGrid.addColumn(r -> getTranslation("coverage.covered-of", r.covered(), r.total()))
                .setHeader(getTranslation("coverage.countries-covered")).setAutoWidth(true);
        regionGrid.addColumn(new ComponentRenderer<>(r -> bar(r.covered(), r.total())))
                .setHeader(getTranslation("coverage.share")).setFlexGrow(1);
        regionGrid.setItems(regions);
        regionGrid.setAllRowsVisible(true);

        Grid<CountryCoverage> countryGrid = new Grid<>();
        countryGrid.addColumn(CountryCoverage::name).setHeader(getTranslation("directory.country")).setAutoWidth(true)
                .setSortable(true);
        countryGrid.addColumn(c -> Labels.region(this, c.region())).setHeader(getTranslation("directory.region"))
                .setAutoWidth(true);
        countryGrid.addColumn(CountryCoverage::gknheMembers).setHeader(getTranslation("coverage.gknhe-members"));
        countryGrid.addColumn(CountryCoverage::himMembers).setHeader(getTranslation("coverage.him-members"));
        countryGrid.addColumn(CountryCoverage::himInstitutions).setHeader(getTranslation("coverage.him-institutions"));
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
