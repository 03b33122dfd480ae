package org.healthequity.exchange.opencall.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.healthequity.exchange.notification.MailDraft;
import org.healthequity.exchange.opencall.ApplicationRevisions;
import org.healthequity.exchange.opencall.ApplicationRow;
import org.healthequity.exchange.opencall.CallDecisions.DecisionDraft;
import org.healthequity.exchange.opencall.CallDecisions;
import org.healthequity.exchange.opencall.Decision;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.ComponentTexts;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jakarta.validation.ConstraintViolationException;

/**
 * Decides one application: the decision, its mail (drafted in the applicant's language, editable) and a note; asking
 * for revisions adds the committee's requests and the resubmission deadline, in the viewer's time zone.
 */
final class DecisionDialog {

    private DecisionDialog() {
    }

    static void open(Component owner, CallDecisions decisions, ApplicationRevisions revisions, ApplicationRow row,
            Runnable changed) {
        Dialog dialog = ApplicationDialogs.dialog(owner, "opencall.admin.decide-title", row);
        RadioButtonGroup<Decision> decision = new RadioButtonGroup<>(owner.getTranslation("opencall.admin.decision"));
        decision.setItems(Decision.values());
        decision.setItemLabelGenerator(d -> CallLabels.decision(owner, d));
        Paragraph language = new Paragraph();
        Paragraph unreachable = new Paragraph(owner.getTranslation("opencall.admin.unreachable"));
        unreachable.addClassName("warning");
        unreachable.setVisible(false);
        TextField subject = new TextField(owner.getTranslation("opencall.admin.mail-subject"));
        subject.setMaxLength(MailDraft.SUBJECT_MAX);
        subject.setWidthFull();
        TextArea body = new TextArea(owner.getTranslation("opencall.admin.mail-body"));
        body.setMaxLength(MailDraft.BODY_MAX);
        body.setWidthFull();
        TextArea note = new TextArea(owner.getTranslation("opencall.admin.decision-note"));
        note.setHelperText(owner.getTranslation("opencall.admin.decision-note-help"));
        note.setMaxLength(ApplicationDialogs.REASON_MAX);
        note.setWidthFull();
        TextArea requests = new TextArea(owner.getTranslation("opencall.admin.revision-requests"));
        requests.setHelperText(owner.getTranslation("opencall.admin.revision-requests-help"));
        requests.setMaxLength(ApplicationRevisions.REQUESTS_MAX);
        requests.setWidthFull();
        ZoneId zone = ViewerTime.zone();
        DateTimePicker deadline = ComponentTexts.of(new DateTimePicker());
        deadline.setLabel(owner.getTranslation("opencall.admin.revision-deadline"));
        deadline.setHelperText(owner.getTranslation("opencall.admin.in-zone",
                ViewerTime.zoneName(zone, ViewerTime.locale())));
        deadline.setMin(LocalDateTime.now(zone));
        requests.setVisible(false);
        deadline.setVisible(false);
        DecisionDraft[] draft = new DecisionDraft[1];
        decision.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            requests.setVisible(e.getValue() == Decision.REVISE);
            deadline.setVisible(e.getValue() == Decision.REVISE);
            note.setVisible(e.getValue() != Decision.REVISE);
            try {
                draft[0] = decisions.decisionDraft(row.id(), e.getValue());
                subject.setValue(draft[0].mail().subject());
                body.setValue(draft[0].mail().body());
                language.setText(owner.getTranslation("opencall.admin.mail-language",
                        draft[0].language().nativeName()));
                unreachable.setVisible(!draft[0].reachable());
            } catch (Refused problem) {
                CallLabels.refused(owner, problem);
            }
        });
        dialog.add(decision, requests, deadline, unreachable, language, subject, body, note);
        Button send = new Button(owner.getTranslation("opencall.admin.send-decision"), e -> {
            if (decision.getValue() == null || draft[0] == null) {
                Refusals.refuse(decision, owner.getTranslation("opencall.admin.choose-one"));
                return;
            }
            if (!ApplicationDialogs.required(owner, subject, body)) {
                return;
            }
            MailDraft mail = new MailDraft(subject.getValue(), body.getValue());
            try {
                if (decision.getValue() == Decision.REVISE) {
                    if (!ApplicationDialogs.required(owner, requests)) {
                        return;
                    }
                    if (deadline.getValue() == null) {
                        Refusals.refuse(deadline, owner.getTranslation("opencall.admin.required"));
                        return;
                    }
                    Instant due = deadline.getValue().atZone(zone).toInstant();
                    revisions.requestRevisions(row.id(), draft[0].version(), requests.getValue(), due, mail);
                } else {
                    decisions.decide(row.id(), draft[0].version(), decision.getValue(), mail, note.getValue());
                }
                dialog.close();
                CallLabels.done(owner, "opencall.admin.decided-as", row.institutionName(),
                        CallLabels.decision(owner, decision.getValue()));
                changed.run();
            } catch (ChangedMeanwhile conflict) {
                Notification.show(owner.getTranslation("opencall.changed-elsewhere"))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            } catch (Refused problem) {
                ApplicationDialogs.fieldOrNotify(owner, problem,
                        Map.of("note", note, "requests", requests, "deadline", deadline));
            } catch (ConstraintViolationException invalid) {
                ApplicationDialogs.fieldOrNotify(owner, Refused.of(invalid),
                        Map.of("subject", subject, "body", body, "note", note));
            }
        });
        ApplicationDialogs.footer(owner, dialog, send);
    }
}
