package org.healthequity.exchange.consultation.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.healthequity.exchange.consultation.ConsultationLimits;
import org.healthequity.exchange.consultation.ConsultationModeration;
import org.healthequity.exchange.consultation.ConsultationPage;
import org.healthequity.exchange.consultation.ConsultationPhase;
import org.healthequity.exchange.consultation.ContributionView;
import org.healthequity.exchange.consultation.PublishedReport;
import org.healthequity.exchange.consultation.SynthesisView;
import org.healthequity.exchange.shared.ui.ComponentTexts;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * The moderators' tools on a consultation: pin a weekly summary once it has opened; after the close write the
 * synthesis with the contributions it draws on; and, for the secretariat, publish it to the case-study library.
 */
class ModerationPanel extends Section {

    private final ConsultationModeration moderation;
    private final ConsultationPage page;
    private final SerializableRunnable changed;

    ModerationPanel(ConsultationModeration moderation, ConsultationPage page, SerializableRunnable changed) {
        this.moderation = moderation;
        this.page = page;
        this.changed = changed;
        if (page.phase() == ConsultationPhase.OPEN || page.phase() == ConsultationPhase.CLOSED) {
            add(summaryForm());
        }
        SynthesisView synthesis = page.synthesis();
        if (page.phase() == ConsultationPhase.CLOSED && (synthesis == null || synthesis.publishedAt() == null)) {
            add(synthesisForm(synthesis));
        }
        if (page.canPublish()) {
            Button publish = new Button(getTranslation("consultation.synthesis.publish"), e -> publish());
            add(publish);
        }
    }

    private Div summaryForm() {
        TextArea body = new TextArea(getTranslation("consultation.summary.body"));
        body.setMaxLength(ConsultationLimits.SUMMARY);
        body.setWidthFull();
        Button pin = new Button(getTranslation("consultation.summary.pin"), e -> {
            try {
                moderation.pinSummary(page.id(), body.getValue());
                Notification.show(getTranslation("consultation.summary.pinned"));
                changed.run();
            } catch (Refused refused) {
                Refusals.show(refused, this, field -> body);
            }
        });
        return new Div(new H2(getTranslation("consultation.summary.pin")), body, pin);
    }

    private Div synthesisForm(@Nullable SynthesisView synthesis) {
        TextArea body = new TextArea(getTranslation("consultation.synthesis.body"));
        body.setMaxLength(ConsultationLimits.SYNTHESIS);
        body.setWidthFull();
        MultiSelectComboBox<Long> sources = ComponentTexts.of(new MultiSelectComboBox<Long>(
                getTranslation("consultation.synthesis.sources")));
        List<ContributionView> all = new ArrayList<>();
        page.contributions().forEach(c -> {
            all.add(c);
            all.addAll(c.replies());
        });
        sources.setItems(all.stream().map(ContributionView::id).toList());
        sources.setItemLabelGenerator(id -> all.stream().filter(c -> c.id() == id).findFirst()
                .map(c -> "#" + c.id() + " · " + ConsultationLabels.author(this, c.author(), c.participant()))
                .orElse("#" + id));
        sources.setWidthFull();
        if (synthesis != null) {
            body.setValue(synthesis.body());
            sources.setValue(new HashSet<>(synthesis.sources()));
        }
        long version = synthesis == null ? -1 : synthesis.version();
        Button save = new Button(getTranslation("consultation.synthesis.save"), e -> {
            try {
                moderation.writeSynthesis(page.id(), body.getValue(), sources.getValue(), version);
                Notification.show(getTranslation("consultation.synthesis.saved"));
                changed.run();
            } catch (Refused refused) {
                Refusals.show(refused, this, field -> "sources".equals(field) ? sources : body);
            } catch (ChangedMeanwhile conflict) {
                Refusals.changedMeanwhile(this, "consultation.synthesis.changed-meanwhile");
            }
        });
        return new Div(new H2(getTranslation("consultation.page.synthesis")), body, sources, save);
    }

    private void publish() {
        try {
            PublishedReport report = moderation.publishSynthesis(page.id());
            Notification.show(getTranslation(report.submitted() ? "consultation.synthesis.submitted"
                    : "consultation.synthesis.draft"));
            changed.run();
        } catch (Refused refused) {
            Refusals.show(refused, this, field -> null);
        }
    }
}
