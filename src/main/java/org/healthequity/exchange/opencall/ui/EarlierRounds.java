package org.healthequity.exchange.opencall.ui;

import java.util.List;

import org.healthequity.exchange.opencall.DecisionSummary;
import org.healthequity.exchange.opencall.ReviewRounds.RoundReview;
import org.healthequity.exchange.shared.i18n.Language;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

/** The reviews of an application's earlier rounds, for the secretariat: what was scored before it was revised. */
final class EarlierRounds extends Section {

    EarlierRounds(List<RoundReview> earlier, DecisionSummary summary, Language language) {
        addClassName("earlier-rounds");
        add(new H2(getTranslation("opencall.rounds.earlier")));
        for (RoundReview review : earlier) {
            add(new H3(getTranslation("opencall.rounds.review", review.round(), review.reviewerName(),
                    CallLabels.reviewStatus(this, review.status()), CallLabels.total(getLocale(),
                            review.weightedTotal()))));
            UnorderedList marks = new UnorderedList();
            for (DecisionSummary.CriterionRow row : summary.criteria()) {
                Integer value = review.scores().value(row.criterion().key());
                if (value != null) {
                    marks.add(new ListItem(getTranslation("opencall.summary.mark", row.criterion().label()
                            .in(language), value, review.scores().comment(row.criterion().key()))));
                }
            }
            add(marks);
        }
    }
}
