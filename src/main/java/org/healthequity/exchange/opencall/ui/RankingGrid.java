package org.healthequity.exchange.opencall.ui;

import java.util.List;
import java.util.Map;

import org.healthequity.exchange.opencall.CallDefinition.Criterion;
import org.healthequity.exchange.opencall.RankedApplication;
import org.healthequity.exchange.shared.i18n.Language;

import com.vaadin.flow.component.grid.Grid;

/** The ranking: each application's weighted total, its reviews and, per rubric criterion, the mean and spread. */
class RankingGrid extends Grid<RankedApplication> {

    RankingGrid(List<Criterion> rubric, Map<String, String> countryNames, Language language) {
        getElement().setAttribute("aria-label", getTranslation("opencall.admin.ranking"));
        addColumn(r -> r.rank() == 0 ? "" : String.valueOf(r.rank())).setHeader(getTranslation("opencall.admin.rank"))
                .setAutoWidth(true);
        addColumn(RankedApplication::institutionName).setHeader(getTranslation("opencall.admin.institution"))
                .setAutoWidth(true);
        addColumn(r -> countryNames.getOrDefault(r.country(), r.country()))
                .setHeader(getTranslation("opencall.admin.country")).setAutoWidth(true);
        addColumn(r -> CallLabels.applicationStatus(this, r.status()))
                .setHeader(getTranslation("opencall.admin.status")).setAutoWidth(true);
        addColumn(r -> CallLabels.total(getLocale(), r.weightedTotal())).setHeader(getTranslation("opencall.admin.total"))
                .setAutoWidth(true);
        addColumn(RankedApplication::reviews).setHeader(getTranslation("opencall.admin.reviews")).setAutoWidth(true);
        for (Criterion criterion : rubric) {
            addColumn(r -> {
                var stats = r.criteria().get(criterion.key());
                return stats == null ? "" : getTranslation("opencall.admin.mean-spread", stats.mean(), stats.spread());
            }).setHeader(getTranslation("opencall.admin.criterion-header", criterion.label().in(language),
                    criterion.weight())).setAutoWidth(true);
        }
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("opencall.admin.no-applications"));
    }
}
