package org.healthequity.exchange.opencall.ui;

import java.util.List;
import java.util.Map;

import org.healthequity.exchange.opencall.CallDefinition.Criterion;
import org.healthequity.exchange.opencall.RankedApplication;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.ui.ResponsiveGrid;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/** The ranking: each application's weighted total, its reviews and, per rubric criterion, the mean and spread. */
class RankingGrid extends Grid<RankedApplication> {

    RankingGrid(List<Criterion> rubric, Map<String, String> countryNames, Language language) {
        getElement().setAttribute("aria-label", getTranslation("opencall.admin.ranking"));
        ResponsiveGrid<RankedApplication> columns = ResponsiveGrid.of(this);
        columns.titleText(getTranslation("opencall.admin.institution"), RankedApplication::institutionName);
        columns.number(getTranslation("opencall.admin.rank"), r -> r.rank() == 0 ? "" : String.valueOf(r.rank()));
        columns.text(getTranslation("opencall.admin.country"),
                r -> countryNames.getOrDefault(r.country(), r.country()));
        columns.text(getTranslation("opencall.admin.status"), r -> CallLabels.applicationStatus(this, r.status()));
        columns.number(getTranslation("opencall.admin.total"), r -> CallLabels.total(getLocale(), r.weightedTotal()));
        columns.number(getTranslation("opencall.admin.reviews"), RankedApplication::reviews);
        columns.component(getTranslation("opencall.admin.round"), r -> r.round() > 1
                ? new Anchor("applications/" + r.applicationId() + "/versions",
                        getTranslation("opencall.versions.compare-round", r.round(), r.round() - 1))
                : new Span(String.valueOf(r.round())));
        for (Criterion criterion : rubric) {
            columns.text(getTranslation("opencall.admin.criterion-header", criterion.label().in(language),
                    criterion.weight()), r -> {
                        var stats = r.criteria().get(criterion.key());
                        return stats == null ? ""
                                : getTranslation("opencall.admin.mean-spread", stats.mean(), stats.spread());
                    });
        }
        columns.component(getTranslation("opencall.summary.title"), r -> new Anchor("applications/"
                + r.applicationId() + "/review", getTranslation("opencall.summary.open", r.institutionName())));
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("opencall.admin.no-applications"));
    }
}
