package org.healthequity.exchange.webinar.ui;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.BiConsumer;

import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.webinar.FairnessReport;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The slot around the world: the local time in each zone of the audience, which of them it falls into the night, and
 * better slots the organiser can take with one click.
 */
class FairnessPanel extends Section {

    private final BiConsumer<LocalDateTime, LocalDateTime> use;

    /** @param use takes a suggested start and end */
    FairnessPanel(BiConsumer<LocalDateTime, LocalDateTime> use) {
        this.use = use;
        addClassName("fairness");
    }

    void clear() {
        removeAll();
    }

    void show(FairnessReport report, ZoneId organiserZone) {
        removeAll();
        add(new H2(getTranslation("webinar.fairness.title")));
        add(new Paragraph(getTranslation("webinar.fairness.intro")));
        if (report.members() > 0) {
            add(new Paragraph(getTranslation("webinar.fairness.members-at-night", report.membersAtNight(),
                    report.members())));
        }
        Div table = new Div();
        table.addClassName("fairness-table");
        for (FairnessReport.ZoneRow row : report.rows()) {
            table.add(row(row));
        }
        add(table);
        if (report.suggestions().isEmpty()) {
            add(new Paragraph(getTranslation("webinar.fairness.no-better")));
            return;
        }
        add(new Paragraph(getTranslation("webinar.fairness.suggestions",
                ViewerTime.zoneName(organiserZone, report.suggestions().getFirst().start().atZone(organiserZone)
                        .toInstant(), getLocale()))));
        HorizontalLayout suggestions = new HorizontalLayout();
        suggestions.setWrap(true);
        for (FairnessReport.Suggestion suggestion : report.suggestions()) {
            suggestions.add(new Button(getTranslation("webinar.fairness.use",
                    ViewerTime.shortDateTime(suggestion.start(), getLocale()), suggestion.zonesAtNight(),
                    suggestion.membersAtNight()),
                    e -> use.accept(suggestion.start(), suggestion.end())));
        }
        add(suggestions);
    }

    private Div row(FairnessReport.ZoneRow row) {
        Div line = new Div();
        line.addClassName("fairness-row");
        if (row.night()) {
            line.addClassName("night");
        }
        String zone = ViewerTime.zoneName(row.zone(), row.start().atZone(row.zone()).toInstant(), getLocale());
        String where = row.region() != null ? getTranslation(CountryRef.regionMessageKey(row.region())) + " · " + zone
                : zone;
        line.add(new Span(where), new Span(ViewerTime.shortDateTime(row.start(), getLocale()) + " – "
                + ViewerTime.shortDateTime(row.end(), getLocale())));
        if (row.members() > 0) {
            line.add(new Span(getTranslation("webinar.fairness.members", row.members())));
        }
        if (row.night()) {
            line.add(new Span(getTranslation("webinar.fairness.night")));
        }
        return line;
    }
}
