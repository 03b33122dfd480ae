package org.healthequity.exchange.insight.ui;

import java.time.YearMonth;
import java.util.List;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.ui.NetworksView;
import org.healthequity.exchange.support.People;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class InsightsViewTest extends ViewTest {

    @Autowired
    private People people;

    private static Section panel(String id) {
        return _find(Section.class).stream().filter(s -> s.getId().orElse("").equals("chart-" + id)).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> table(String id) {
        return _get(panel(id), Grid.class);
    }

    private static String svg(String id) {
        return _find(panel(id), Div.class).stream().map(d -> d.getElement().getProperty("innerHTML", ""))
                .filter(html -> html.startsWith("<svg")).findFirst().orElseThrow();
    }

    @Test
    void theSecretariatSeesTheMapAndEveryChartWithItsTableAndDownloads() {
        login(People.SECRETARIAT);
        navigate("admin/insights");
        assertThat(currentView()).isEqualTo(InsightsView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Insights");
        assertThat(svg("member-states")).contains("data-country=\"FR\"").contains("data-country=\"BR\"");
        assertThat(_size(table("member-states"))).isEqualTo(194);
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Members by Member State",
                "Members joined per month", "Open call: from first draft to acceptance, per cycle",
                "Webinar registrations and attendance by WHO region", "Working-group activity per month");
        String joined = svg("members-joined");
        assertThat(joined).contains("role=\"img\"").contains("aria-label=\"Members joined per month. Totals");
        assertThat(_size(table("members-joined"))).isEqualTo(24);
        assertThat(_find(panel("members-joined"), Anchor.class)).extracting(Anchor::getText)
                .containsExactly("SVG", "PNG", "Data (CSV)");
        assertThat(_find(panel("member-states"), Anchor.class)).extracting(Anchor::getText)
                .containsExactly("SVG", "Data (CSV)");
    }

    @Test
    void appliesTheFiltersInTheAddress() {
        login(People.SECRETARIAT);
        navigate("admin/insights?from=2025-01&to=2025-06&network=him&region=EMR");
        assertThat(_get(Select.class, spec -> spec.withLabel("From (month)")).getValue())
                .isEqualTo(YearMonth.of(2025, 1));
        assertThat(_get(Select.class, spec -> spec.withLabel("Network")).getValue()).isEqualTo(Network.HIM.name());
        assertThat(_get(Select.class, spec -> spec.withLabel("WHO region")).getValue()).isEqualTo("EMR");
        assertThat(_size(table("member-states"))).isEqualTo(21);
        assertThat(svg("member-states")).contains("data-country=\"EG\"").doesNotContain("data-country=\"FR\"");
        assertThat(_size(table("members-joined"))).isEqualTo(6);
        assertThat(_size(table("webinar-attendance"))).as("only the chosen region").isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void changingAFilterPutsItInTheAddress() {
        login(People.SECRETARIAT);
        navigate("admin/insights?from=2025-01&to=2025-06");
        _setValue(_get(Select.class, spec -> spec.withLabel("WHO region")), "AFR");
        String address = UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
        assertThat(address).isEqualTo("admin/insights?from=2025-01&to=2025-06&region=AFR");
        assertThat(_size(table("member-states"))).isEqualTo(47);
    }

    @Test
    void aMemberCannotOpenTheDashboards() {
        login(people.member("Dashboard Peeker", Network.GKNHE));
        navigate("admin/insights");
        assertThat(currentView()).isNotEqualTo(InsightsView.class);
        assertThat(_find(Section.class)).noneMatch(s -> s.getId().orElse("").startsWith("chart-"));
    }

    @Test
    void aVisitorCannotOpenTheDashboards() {
        navigate("admin/insights?network=him");
        assertThat(currentView()).isNotEqualTo(InsightsView.class);
        assertThat(_find(Section.class)).noneMatch(s -> s.getId().orElse("").startsWith("chart-"));
    }

    @Test
    void aVisitorSeesTheNetworksReachOnTheMap() {
        navigate("networks");
        assertThat(currentView()).isEqualTo(NetworksView.class);
        Section reach = _find(Section.class).stream().filter(s -> s.getId().orElse("").equals("reach")).findFirst()
                .orElseThrow();
        assertThat(_get(reach, H2.class).getText()).isEqualTo("Where our members are");
        String map = _find(reach, Div.class).stream().map(d -> d.getElement().getProperty("innerHTML", ""))
                .filter(html -> html.startsWith("<svg")).findFirst().orElseThrow();
        assertThat(map).contains("data-country=\"FR\"").contains("role=\"img\"");
        assertThat(List.of(map.split("data-country=")).size() - 1).isGreaterThan(150);
    }
}
