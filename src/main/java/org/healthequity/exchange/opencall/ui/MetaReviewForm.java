package org.healthequity.exchange.opencall.ui;

import java.util.Map;

import org.healthequity.exchange.opencall.CommitteeReview;
import org.healthequity.exchange.opencall.Decision;
import org.healthequity.exchange.opencall.DecisionSummary;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The committee chair's meta-review of an application: a text and a recommendation. A meta-review written meanwhile
 * elsewhere is not overwritten: the chair is told, and what was typed stays in the form.
 */
final class MetaReviewForm extends Section {

    private final CommitteeReview committee;
    private final long applicationId;
    private final TextArea text = new TextArea();
    private final RadioButtonGroup<Decision> recommendation = new RadioButtonGroup<>();
    private long version;

    MetaReviewForm(CommitteeReview committee, DecisionSummary summary) {
        this.committee = committee;
        this.applicationId = summary.applicationId();
        addClassNames("meta-review-form", "no-print");
        DecisionSummary.MetaReviewText written = summary.metaReview();
        version = written == null ? -1 : written.version();
        text.setLabel(getTranslation("opencall.meta-review.text"));
        text.setMaxLength(CommitteeReview.META_REVIEW_MAX);
        text.setWidthFull();
        text.setValue(written == null ? "" : written.text());
        recommendation.setLabel(getTranslation("opencall.meta-review.recommendation"));
        recommendation.setItems(Decision.values());
        recommendation.setItemLabelGenerator(d -> CallLabels.decision(this, d));
        recommendation.setValue(written == null ? null : written.recommendation());
        Button save = new Button(getTranslation("opencall.meta-review.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation(written == null ? "opencall.meta-review.write" : "opencall.meta-review.rewrite")),
                text, recommendation, save);
    }

    private void save() {
        try {
            version = committee.writeMetaReview(applicationId, version, text.getValue(), recommendation.getValue());
            CallLabels.done(this, "opencall.meta-review.saved");
        } catch (ChangedMeanwhile conflict) {
            Refusals.changedMeanwhile(this, "opencall.meta-review.changed-elsewhere");
        } catch (Refused problem) {
            ApplicationDialogs.fieldOrNotify(this, problem, Map.of("text", text, "recommendation", recommendation));
        }
    }
}
