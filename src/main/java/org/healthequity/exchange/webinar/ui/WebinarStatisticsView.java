package org.healthequity.exchange.webinar.ui;

import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.ui.ResponsiveGrid;
import org.healthequity.exchange.webinar.AttendanceStatistics;
import org.healthequity.exchange.webinar.WebinarStatistics;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import org.healthequity.exchange.shared.ui.TitleKey;
import org.healthequity.exchange.shared.ui.TitledPage;

/** Attendance of past webinars by WHO region and by country, for the secretariat. Counts only, no names. */
@Route("admin/webinar-statistics")
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
@TitleKey("webinar.statistics.title")
public class WebinarStatisticsView extends VerticalLayout implements TitledPage {

    public WebinarStatisticsView(WebinarStatistics statistics) {
        AttendanceStatistics stats = statistics.attendance(Language.of(getLocale()),
                getTranslation("webinar.statistics.unknown"));
        add(new H1(getTranslation("webinar.statistics.title")));
        add(new Paragraph(getTranslation("webinar.statistics.summary", stats.webinars(), stats.registered(),
                stats.attended())));
        add(new H2(getTranslation("webinar.statistics.by-region")), grid(stats, true));
        add(new H2(getTranslation("webinar.statistics.by-country")), grid(stats, false));
    }

    private Grid<AttendanceStatistics.Row> grid(AttendanceStatistics stats, boolean regions) {
        Grid<AttendanceStatistics.Row> grid = new Grid<>();
        ResponsiveGrid<AttendanceStatistics.Row> columns = ResponsiveGrid.of(grid);
        columns.titleText(getTranslation(regions ? "webinar.statistics.region" : "webinar.statistics.country"),
                row -> regions && row.code() != null ? getTranslation(CountryRef.regionMessageKey(row.code()))
                        : row.name());
        if (!regions) {
            columns.text(getTranslation("webinar.statistics.region"),
                    row -> row.region() == null ? "" : getTranslation(CountryRef.regionMessageKey(row.region())));
        }
        columns.number(getTranslation("webinar.statistics.registered"), AttendanceStatistics.Row::registered);
        columns.number(getTranslation("webinar.statistics.attended"), AttendanceStatistics.Row::attended);
        grid.setItems(regions ? stats.byRegion() : stats.byCountry());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("webinar.statistics.empty"));
        return grid;
    }
}
