package org.healthequity.exchange.opencall.ui;

import java.util.Map;

import org.healthequity.exchange.opencall.ApplicationRow;
import org.healthequity.exchange.opencall.ReviewAssignment;
import org.healthequity.exchange.opencall.ReviewStatus;
import org.healthequity.exchange.opencall.ReviewerOption;
import org.healthequity.exchange.opencall.ReviewerSlot;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.ui.ResponsiveGrid;
import org.healthequity.exchange.shared.validation.Refused;

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
import com.vaadin.flow.component.textfield.TextField;

/**
 * The reviewers of one application: those assigned (unassigned while not submitted) and the committee ranked by how
 * many of the application's topics they know, with their conflicts of interest and the applicant's exclusions (with
 * the applicant's reason), which need an override reason to assign anyway, and the people the applicant suggested.
 */
final class ReviewersDialog {

    private ReviewersDialog() {
    }

    static void open(Component owner, ReviewAssignment assignment, ApplicationRow row,
            Map<String, String> countryNames, Runnable changed) {
        Dialog dialog = ApplicationDialogs.dialog(owner, "opencall.admin.reviewers-title", row);
        UnorderedList assigned = new UnorderedList();
        for (ReviewerSlot slot : row.reviewers()) {
            ListItem item = new ListItem(new Span(ApplicationDialogs.slot(owner, slot) + " "));
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
        override.setMaxLength(ApplicationDialogs.REASON_MAX);
        override.setWidthFull();
        Grid<ReviewerOption> options = new Grid<>();
        options.setId("reviewer-options");
        options.setAllRowsVisible(true);
        ResponsiveGrid<ReviewerOption> columns = ResponsiveGrid.of(options);
        columns.titleText(owner.getTranslation("opencall.admin.reviewer"), ReviewerOption::name);
        columns.text(owner.getTranslation("opencall.admin.institution"), o -> o.institution() == null ? ""
                : o.institution());
        columns.text(owner.getTranslation("opencall.admin.country"),
                o -> o.country() == null ? "" : countryNames.getOrDefault(o.country(), o.country()));
        columns.number(owner.getTranslation("opencall.admin.overlap"), ReviewerOption::overlap);
        columns.number(owner.getTranslation("opencall.admin.load"), ReviewerOption::load);
        columns.text(owner.getTranslation("opencall.admin.conflict"), o -> o.conflictKey() == null ? ""
                : owner.getTranslation(o.conflictKey())
                        + (o.exclusionReason() == null ? "" : ": " + o.exclusionReason()));
        columns.text(owner.getTranslation("opencall.admin.suggestion"), o -> (o.assigned()
                ? owner.getTranslation("opencall.admin.assigned")
                : o.suggested() ? owner.getTranslation("opencall.admin.suggested") : "")
                + (o.applicantSuggested() ? " · " + owner.getTranslation("opencall.admin.applicant-suggested") : ""));
        columns.actions(owner.getTranslation("opencall.admin.actions"), o -> {
            if (o.assigned()) {
                return new Span();
            }
            Button assign = new Button(owner.getTranslation("opencall.admin.assign"), e -> {
                String reason = override.getValue().isBlank() ? null : override.getValue();
                if (o.conflictKey() != null && reason == null) {
                    Refusals.refuse(override, owner.getTranslation("opencall.admin.override-required"));
                    return;
                }
                try {
                    assignment.assign(row.id(), o.accountId(), o.conflictKey() == null ? null : reason);
                    dialog.close();
                    CallLabels.done(owner, "opencall.admin.assigned-to", o.name());
                    changed.run();
                } catch (Refused problem) {
                    ApplicationDialogs.fieldOrNotify(owner, problem, Map.of("overrideReason", override, "reviewer", override));
                }
            });
            assign.addThemeVariants(ButtonVariant.LUMO_SMALL);
            assign.getElement().setAttribute("aria-label", owner.getTranslation("opencall.admin.assign") + " · "
                    + o.name());
            return assign;
        });
        options.setItems(assignment.reviewerOptions(row.id()));
        dialog.add(new H3(owner.getTranslation("opencall.admin.assigned-reviewers")), assigned,
                new H3(owner.getTranslation("opencall.admin.committee")));
        if (!assignment.topicsGiven(row.id())) {
            dialog.add(new Paragraph(owner.getTranslation("opencall.admin.no-topics")));
        }
        dialog.add(override, options);
        ApplicationDialogs.footer(owner, dialog, null);
    }
}
