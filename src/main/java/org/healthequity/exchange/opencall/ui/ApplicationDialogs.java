package org.healthequity.exchange.opencall.ui;

import java.util.List;
import java.util.Map;

import org.healthequity.exchange.notification.MailDraft;
import org.healthequity.exchange.opencall.ApplicationRow;
import org.healthequity.exchange.opencall.CallDecisions;
import org.healthequity.exchange.opencall.CallDecisions.DecisionDraft;
import org.healthequity.exchange.opencall.Decision;
import org.healthequity.exchange.opencall.ReviewAssignment;
import org.healthequity.exchange.opencall.ReviewStatus;
import org.healthequity.exchange.opencall.ReviewerOption;
import org.healthequity.exchange.opencall.ReviewerSlot;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.shared.validation.Refused.FieldProblem;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import jakarta.validation.ConstraintViolationException;

/**
 * The dialogs on one application: screening, reviewers (with the conflicts detected and the override reason they
 * need) and the decision with its mail, editable before it is sent. {@code changed} runs after anything was stored.
 */
final class ApplicationDialogs {

    private static final int REASON_MAX = ReviewAssignment.REASON_MAX;

    private ApplicationDialogs() {
    }

    static void screen(Component owner, ReviewAssignment assignment, ApplicationRow row, Runnable changed) {
        Dialog dialog = dialog(owner, "opencall.admin.screen-title", row);
        RadioButtonGroup<Boolean> eligible = new RadioButtonGroup<>(owner.getTranslation("opencall.admin.screening"));
        eligible.setItems(true, false);
        eligible.setItemLabelGenerator(e -> owner.getTranslation(e ? "opencall.admin.eligible"
                : "opencall.admin.not-eligible"));
        if (row.screening() != null) {
            eligible.setValue("ELIGIBLE".equals(row.screening()));
        }
        TextArea reason = new TextArea(owner.getTranslation("opencall.admin.screening-reason"));
        reason.setHelperText(owner.getTranslation("opencall.admin.screening-reason-help"));
        reason.setMaxLength(REASON_MAX);
        reason.setWidthFull();
        reason.setValue(row.screeningReason() == null ? "" : row.screeningReason());
        dialog.add(eligible, reason);
        Button save = new Button(owner.getTranslation("opencall.admin.screen-save"), e -> {
            if (eligible.getValue() == null) {
                eligible.setErrorMessage(owner.getTranslation("opencall.admin.choose-one"));
                eligible.setInvalid(true);
                return;
            }
            try {
                assignment.screen(row.id(), eligible.getValue(), reason.getValue());
                dialog.close();
                CallLabels.done(owner, "opencall.admin.screened", row.institutionName());
                changed.run();
            } catch (Refused problem) {
                fieldOrNotify(owner, problem, Map.of("reason", reason));
            }
        });
        footer(owner, dialog, save);
    }

    static void reviewers(Component owner, ReviewAssignment assignment, ApplicationRow row,
            Map<String, String> countryNames, Runnable changed) {
        Dialog dialog = dialog(owner, "opencall.admin.reviewers-title", row);
        UnorderedList assigned = new UnorderedList();
        for (ReviewerSlot slot : row.reviewers()) {
            ListItem item = new ListItem(new Span(slot(owner, slot) + " "));
            if (slot.status() != ReviewStatus.SUBMITTED) {
                Button unassign = new Button(owner.getTranslation("opencall.admin.unassign"), e -> {
                    try {
                        assignment.unassign(slot.reviewId());
                        dialog.close();
                        CallLabels.done(owner, "opencall.admin.unassigned", slot.reviewerName());
                        changed.run();
                    } catch (Refused problem) {
                        CallLabels.refused(owner, problem);
                    }
                });
                unassign.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                unassign.getElement().setAttribute("aria-label",
                        owner.getTranslation("opencall.admin.unassign") + " · " + slot.reviewerName());
                item.add(unassign);
            }
            assigned.add(item);
        }
        if (row.reviewers().isEmpty()) {
            assigned.add(new ListItem(owner.getTranslation("opencall.admin.no-reviewers")));
        }
        TextField override = new TextField(owner.getTranslation("opencall.admin.override-reason"));
        override.setHelperText(owner.getTranslation("opencall.admin.override-help"));
        override.setMaxLength(REASON_MAX);
        override.setWidthFull();
        Grid<ReviewerOption> options = new Grid<>();
        options.setId("reviewer-options");
        options.setAllRowsVisible(true);
        options.addColumn(ReviewerOption::name).setHeader(owner.getTranslation("opencall.admin.reviewer"))
                .setAutoWidth(true);
        options.addColumn(o -> o.institution() == null ? "" : o.institution())
                .setHeader(owner.getTranslation("opencall.admin.institution")).setAutoWidth(true);
        options.addColumn(o -> o.country() == null ? "" : countryNames.getOrDefault(o.country(), o.country()))
                .setHeader(owner.getTranslation("opencall.admin.country")).setAutoWidth(true);
        options.addColumn(ReviewerOption::load).setHeader(owner.getTranslation("opencall.admin.load"))
                .setAutoWidth(true);
        options.addColumn(o -> o.conflictKey() == null ? "" : owner.getTranslation(o.conflictKey()))
                .setHeader(owner.getTranslation("opencall.admin.conflict")).setFlexGrow(1);
        options.addColumn(o -> o.assigned() ? owner.getTranslation("opencall.admin.assigned")
                : o.suggested() ? owner.getTranslation("opencall.admin.suggested") : "")
                .setHeader(owner.getTranslation("opencall.admin.suggestion")).setAutoWidth(true);
        options.addColumn(new ComponentRenderer<Component, ReviewerOption>(o -> {
            if (o.assigned()) {
                return new Span();
            }
            Button assign = new Button(owner.getTranslation("opencall.admin.assign"), e -> {
                String reason = override.getValue().isBlank() ? null : override.getValue();
                if (o.conflictKey() != null && reason == null) {
                    override.setErrorMessage(owner.getTranslation("opencall.admin.override-required"));
                    override.setInvalid(true);
                    return;
                }
                try {
                    assignment.assign(row.id(), o.accountId(), o.conflictKey() == null ? null : reason);
                    dialog.close();
                    CallLabels.done(owner, "opencall.admin.assigned-to", o.name());
                    changed.run();
                } catch (Refused problem) {
                    fieldOrNotify(owner, problem, Map.of("overrideReason", override, "reviewer", override));
                }
            });
            assign.addThemeVariants(ButtonVariant.LUMO_SMALL);
            assign.getElement().setAttribute("aria-label", owner.getTranslation("opencall.admin.assign") + " · "
                    + o.name());
            return assign;
        })).setKey("assign").setHeader(owner.getTranslation("opencall.admin.actions")).setAutoWidth(true);
        options.setItems(assignment.reviewerOptions(row.id()));
        dialog.add(new H3(owner.getTranslation("opencall.admin.assigned-reviewers")), assigned,
                new H3(owner.getTranslation("opencall.admin.committee")), override, options);
        footer(owner, dialog, null);
    }

    static void decide(Component owner, CallDecisions decisions, ApplicationRow row, Runnable changed) {
        Dialog dialog = dialog(owner, "opencall.admin.decide-title", row);
        RadioButtonGroup<Decision> decision = new RadioButtonGroup<>(owner.getTranslation("opencall.admin.decision"));
        decision.setItems(Decision.values());
        decision.setItemLabelGenerator(d -> CallLabels.decision(owner, d));
        Paragraph language = new Paragraph();
        Paragraph unreachable = new Paragraph(owner.getTranslation("opencall.admin.unreachable"));
        unreachable.addClassName("warning");
        unreachable.setVisible(false);
        TextField subject = new TextField(owner.getTranslation("opencall.admin.mail-subject"));
        subject.setMaxLength(200);
        subject.setWidthFull();
        TextArea body = new TextArea(owner.getTranslation("opencall.admin.mail-body"));
        body.setMaxLength(20_000);
        body.setWidthFull();
        TextArea note = new TextArea(owner.getTranslation("opencall.admin.decision-note"));
        note.setHelperText(owner.getTranslation("opencall.admin.decision-note-help"));
        note.setMaxLength(REASON_MAX);
        note.setWidthFull();
        DecisionDraft[] draft = new DecisionDraft[1];
        decision.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
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
        dialog.add(decision, unreachable, language, subject, body, note);
        Button send = new Button(owner.getTranslation("opencall.admin.send-decision"), e -> {
            if (decision.getValue() == null || draft[0] == null) {
                decision.setErrorMessage(owner.getTranslation("opencall.admin.choose-one"));
                decision.setInvalid(true);
                return;
            }
            boolean complete = required(owner, subject) & required(owner, body);
            if (!complete) {
                return;
            }
            try {
                decisions.decide(row.id(), draft[0].version(), decision.getValue(),
                        new MailDraft(subject.getValue(), body.getValue()), note.getValue());
                dialog.close();
                CallLabels.done(owner, "opencall.admin.decided-as", row.institutionName(),
                        CallLabels.decision(owner, decision.getValue()));
                changed.run();
            } catch (ChangedMeanwhile conflict) {
                Notification.show(owner.getTranslation("opencall.changed-elsewhere"))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            } catch (Refused problem) {
                fieldOrNotify(owner, problem, Map.of("note", note));
            } catch (ConstraintViolationException invalid) {
                Notification.show(owner.getTranslation("opencall.admin.invalid"))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        footer(owner, dialog, send);
    }

    /** "Name: in progress, late" as the secretariat reads a reviewer's assignment. */
    static String slot(Component owner, ReviewerSlot slot) {
        String text = owner.getTranslation("opencall.admin.reviewer-slot", slot.reviewerName(),
                CallLabels.reviewStatus(owner, slot.status()));
        if (slot.late()) {
            text += " · " + owner.getTranslation("opencall.admin.late");
        }
        if (slot.overrideReason() != null) {
            text += " · " + owner.getTranslation("opencall.admin.overridden", slot.overrideReason());
        }
        return text;
    }

    private static <F extends com.vaadin.flow.component.HasValue<?, String>
            & com.vaadin.flow.component.HasValidation> boolean required(Component owner, F field) {
        boolean ok = !field.getValue().isBlank();
        field.setErrorMessage(ok ? null : owner.getTranslation("opencall.admin.required"));
        field.setInvalid(!ok);
        return ok;
    }

    /** Shows each problem next to its field when it has one here, the others as a notification. */
    private static void fieldOrNotify(Component owner, Refused problem,
            Map<String, ? extends com.vaadin.flow.component.HasValidation> fields) {
        List<String> general = new java.util.ArrayList<>();
        for (FieldProblem p : problem.problems()) {
            var field = fields.get(p.field());
            if (field == null) {
                general.add(CallLabels.problem(owner, p));
            } else {
                field.setErrorMessage(CallLabels.problem(owner, p));
                field.setInvalid(true);
            }
        }
        if (!general.isEmpty()) {
            Notification.show(String.join(" ", general)).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static Dialog dialog(Component owner, String titleKey, ApplicationRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(owner.getTranslation(titleKey, row.institutionName()));
        dialog.setWidth("min(60rem, 95vw)");
        return dialog;
    }

    private static void footer(Component owner, Dialog dialog, @Nullable Button primary) {
        dialog.getFooter().add(new Button(owner.getTranslation(primary == null ? "opencall.admin.close"
                : "action.cancel"), e -> dialog.close()));
        if (primary != null) {
            primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(primary);
        }
        dialog.open();
    }
}
