package org.healthequity.exchange.opencall.ui;

import java.util.Map;
import java.util.function.Function;

import org.healthequity.exchange.member.InstitutionType;
import org.healthequity.exchange.opencall.CallStatistics;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** A call's statistics: applications, decisions, acceptance rate, and counts by country, region and type. */
class StatisticsPanel extends Div {

    private final Map<String, String> countryNames;

    StatisticsPanel(Map<String, String> countryNames) {
        this.countryNames = countryNames;
    }

    void show(CallStatistics stats) {
        removeAll();
        add(new Paragraph(getTranslation("opencall.admin.stat-total", stats.applications())),
                new Paragraph(getTranslation("opencall.admin.stat-decisions", stats.accepted(), stats.declined(),
                        stats.waitlisted(), stats.ineligible())),
                new Paragraph(getTranslation("opencall.admin.stat-rate", stats.acceptanceRate())));
        add(counts("opencall.admin.by-country", stats.byCountry(), c -> countryNames.getOrDefault(c, c)));
        add(counts("opencall.admin.by-region", stats.byRegion(),
                r -> r == null || r.isBlank() ? "—" : CallLabels.region(this, r)));
        add(counts("opencall.admin.by-type", stats.byInstitutionType(),
                t -> CallLabels.institutionType(this, InstitutionType.valueOf(t))));
    }

    private Div counts(String titleKey, Map<String, Long> counts, Function<String, String> label) {
        UnorderedList list = new UnorderedList();
        counts.forEach((key, count) -> list.add(new ListItem(getTranslation("opencall.admin.stat-line",
                label.apply(key), count))));
        return new Div(new H3(getTranslation(titleKey)), list);
    }
}
