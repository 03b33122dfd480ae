package org.healthequity.exchange.insight.ui;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.healthequity.exchange.insight.Chart;
import org.healthequity.exchange.insight.Dashboard;
import org.healthequity.exchange.insight.InsightFilter;
import org.healthequity.exchange.insight.Insights;
import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.TitledPage;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The secretariat's dashboards (ADR 0029): the Member State map and the charts over time and by region, each with its
 * data as a table and downloads. The filters live in the address ({@code ?from=2025-01&to=2026-12&network=gkn&region=EMR}),
 * so a view of the figures can be bookmarked and shared like a search.
 */
@Route("admin/insights")
@Menu(title = "nav.insights", order = 81, icon = "vaadin:chart")
@RolesAllowed({ Role.SECRETARIAT_NAME, Role.ADMIN_NAME })
public class InsightsView extends VerticalLayout implements BeforeEnterObserver, TitledPage {

    static final String ALL = "";
    /** The first month the filters offer: the portal holds nothing older. */
    private static final YearMonth FIRST_MONTH = YearMonth.of(2020, 1);

    private final Dashboard dashboard;
    private final Clock clock;
    private final Select<YearMonth> from = new Select<>();
    private final Select<YearMonth> to = new Select<>();
    private final Select<String> network = new Select<>();
    private final Select<String> region = new Select<>();
    private final Div content = new Div();
    private InsightFilter filter;

    public InsightsView(Dashboard dashboard, Clock clock) {
        this.dashboard = dashboard;
        this.clock = clock;
        this.filter = InsightFilter.defaults(YearMonth.now(clock));
        addClassName("insights-view");
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.now(clock); !m.isBefore(FIRST_MONTH); m = m.minusMonths(1)) {
            months.add(m);
        }
        from.setLabel(getTranslation("insight.filter.from"));
        from.setItems(months);
        to.setLabel(getTranslation("insight.filter.to"));
        to.setItems(months);
        network.setLabel(getTranslation("insight.filter.network"));
        network.setItems(ALL, Network.GKNHE.name(), Network.HIM.name());
        network.setItemLabelGenerator(n -> n.isEmpty() ? getTranslation("insight.filter.all-networks")
                : getTranslation(Network.valueOf(n).messageKey()));
        region.setLabel(getTranslation("insight.filter.region"));
        List<String> regions = new ArrayList<>(List.of(ALL));
        regions.addAll(Countries.REGIONS);
        region.setItems(regions);
        region.setItemLabelGenerator(r -> r.isEmpty() ? getTranslation("insight.filter.all-regions")
                : getTranslation(CountryRef.regionMessageKey(r)));
        List.of(from, to, network, region).forEach(s -> s.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go();
            }
        }));
        FlexLayout filters = new FlexLayout(from, to, network, region);
        filters.addClassName("insight-filters");
        // As wide as the page, not as its widest table: at 320 px the tables scroll inside themselves (WCAG 1.4.10).
        content.setWidthFull();
        add(new H1(getTranslation("nav.insights")), new Paragraph(getTranslation("insight.intro")), filters, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = InsightFilter.of(event.getLocation().getQueryParameters().getParameters(), YearMonth.now(clock));
        from.setValue(filter.from());
        to.setValue(filter.to());
        network.setValue(filter.network() == null ? ALL : filter.network().name());
        region.setValue(filter.region() == null ? ALL : filter.region());
        show();
    }

    private void go() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        InsightFilter next = new InsightFilter(from.getValue(), to.getValue(),
                network.getValue() == null || network.getValue().isEmpty() ? null : Network.valueOf(network.getValue()),
                region.getValue() == null || region.getValue().isEmpty() ? null : region.getValue());
        Map<String, String> parameters = next.parameters();
        getUI().ifPresent(ui -> ui.navigate("admin/insights", QueryParameters.simple(parameters)));
    }

    private void show() {
        Language language = Language.of(getLocale());
        content.removeAll();
        Insights insights = dashboard.page(filter, language);
        content.add(new Paragraph(getTranslation("insight.as-of", ViewerTime.format(insights.asOf()),
                Dashboard.KEPT.toSeconds())));
        content.add(new MemberStatePanel(dashboard, insights.map(), filter, language));
        for (Chart chart : insights.charts()) {
            content.add(new ChartPanel(dashboard, chart, filter, language));
        }
    }
}
