package org.healthequity.exchange.opencall.ui;

import org.healthequity.exchange.opencall.DecisionSummary;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.time.ViewerTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The decision summary of one application on one printable page: the weighted total and its spread, each criterion's
 * mean, spread and every reviewer's mark and comment, and the chair's meta-review.
 */
final class DecisionSummaryPanel extends Section {

    DecisionSummaryPanel(DecisionSummary summary, Language language) {
        addClassName("decision-summary");
        Button print = new Button(getTranslation("opencall.summary.print"),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addClassName("no-print");
        add(new H2(getTranslation("opencall.summary.title")), print,
                new Paragraph(getTranslation("opencall.summary.about", summary.callTitle(),
                        CallLabels.applicationStatus(this, summary.status()), summary.round(), summary.reviews())),
                new Paragraph(summary.weightedTotal() == null ? getTranslation("opencall.summary.no-total")
                        : getTranslation("opencall.summary.total", total(summary.weightedTotal()),
                                total(summary.lowestTotal()), total(summary.highestTotal()))));
        if (!summary.reviewsComplete()) {
            Paragraph waiting = new Paragraph(getTranslation("opencall.summary.reviews-open"));
            waiting.addClassName("warning");
            add(waiting);
        }
        for (DecisionSummary.CriterionRow row : summary.criteria()) {
            add(new H3(getTranslation("opencall.admin.criterion-header", row.criterion().label().in(language),
                    row.criterion().weight())));
            if (row.stats() != null) {
                add(new Paragraph(getTranslation("opencall.admin.mean-spread", row.stats().mean(),
                        row.stats().spread())));
            }
            UnorderedList marks = new UnorderedList();
            row.marks().forEach(m -> marks.add(new ListItem(getTranslation("opencall.summary.mark", m.reviewerName(),
                    m.value(), m.comment()))));
            add(marks);
        }
        add(new H3(getTranslation("opencall.summary.meta-review")));
        DecisionSummary.MetaReviewText meta = summary.metaReview();
        if (meta == null) {
            add(new Paragraph(getTranslation("opencall.summary.no-meta-review")));
        } else {
            Paragraph text = new Paragraph(meta.text());
            text.addClassName("meta-review-text");
            add(new Paragraph(getTranslation("opencall.summary.recommendation", CallLabels.decision(this,
                    meta.recommendation()), meta.chairName(), ViewerTime.format(meta.writtenAt()))), text);
        }
    }

    private String total(Double value) {
        return CallLabels.total(getLocale(), value);
    }
}
